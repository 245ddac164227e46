package org.convene.ui.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** An indeterminate progress bar with a line saying what is being done, shown while slow work runs. */
public class Progress extends HorizontalLayout {
    private final ProgressBar bar = new ProgressBar();
    private final Span text = new Span();
    private Background background = Background.THREAD;

    public Progress() {
        bar.setIndeterminate(true);
        bar.setWidth("12rem");
        text.getElement().setAttribute("role", "status");
        add(bar, text);
        setAlignItems(Alignment.CENTER);
        setVisible(false);
    }

    /** How the work runs: on its own thread with the UI polling, or at once (tests). */
    public void runWith(Background how) {
        this.background = how;
    }

    /** Shows {@code what} until the work ends, then hands its result or its failure on. */
    public <T> void run(String what, Supplier<T> work, Consumer<T> done, Consumer<RuntimeException> failed) {
        text.setText(what);
        setVisible(true);
        background.run(UI.getCurrent(), work, value -> {
            setVisible(false);
            done.accept(value);
        }, failure -> {
            setVisible(false);
            failed.accept(failure);
        });
    }
}
