package org.convene.ui.roundtables;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.InputStream;
import org.convene.delegations.Actor;
import org.convene.platform.InvalidInputException;
import org.convene.platform.NotFoundException;
import org.convene.roundtables.RoundtableDetails;
import org.convene.roundtables.RoundtableLimits;
import org.convene.roundtables.Roundtables;

/**
 * Uploads, shows and removes a roundtable's background paper. The browser is told to take PDFs of
 * at most 10 MB, but only as advice: the module checks the bytes (and opens the file) itself, and
 * a refusal is written here in the user's language.
 */
class BackgroundPaperDialog extends Dialog {
    final Upload upload;
    final Span error = new Span();
    final Div current = new Div();
    final Button remove;
    private final Roundtables roundtables;
    private final Actor actor;
    private final long roundtableId;
    private final Runnable onChange;

    BackgroundPaperDialog(Roundtables roundtables, Actor actor, RoundtableDetails details, Runnable onChange) {
        this.roundtables = roundtables;
        this.actor = actor;
        this.roundtableId = details.roundtable().id();
        this.onChange = onChange;
        setHeaderTitle(getTranslation("roundtable.paper.title", details.roundtable().number(), details.roundtable().title()));
        upload = new Upload(handler());
        upload.setAcceptedFileTypes("application/pdf", ".pdf");
        upload.setMaxFileSize(RoundtableLimits.PAPER_MAX_BYTES);
        upload.setMaxFiles(1);
        upload.setUploadButton(new Button(getTranslation("roundtable.paper.choose")));
        upload.setDropLabel(new Span(getTranslation("roundtable.paper.drop")));
        upload.setI18n(new UploadI18N().setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation("roundtable.paper.too-large"))
                .setIncorrectFileType(getTranslation("roundtable.paper.not-pdf"))
                .setTooManyFiles(getTranslation("roundtable.paper.one"))));
        upload.addFileRejectedListener(e -> error.setText(getTranslation("roundtable.paper.not-pdf")));
        upload.setId("paper-upload");
        error.setId("paper-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.getElement().setAttribute("aria-live", "assertive");
        current.setId("paper-current");
        remove = new Button(getTranslation("roundtable.paper.remove"), e -> removePaper());
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        add(new VerticalLayout(current, new Paragraph(getTranslation("roundtable.paper.help")), upload, error));
        getFooter().add(remove, new Button(getTranslation("action.close"), e -> close()));
        show();
    }

    /** Reads at most one byte over the limit, whatever the browser claims, then hands over under the UI's lock. */
    private UploadHandler handler() {
        return event -> {
            byte[] data;
            try (InputStream in = event.getInputStream()) {
                data = in.readNBytes(RoundtableLimits.PAPER_MAX_BYTES + 1);
            }
            String name = event.getFileName();
            event.getUI().access(() -> received(name, data));
        };
    }

    void received(String fileName, byte[] data) {
        upload.clearFileList();
        try {
            roundtables.uploadPaper(roundtableId, fileName, data, actor.userId());
            error.setText("");
            show();
            onChange.run();
        } catch (InvalidInputException e) {
            error.setText(getTranslation(e.problems().getFirst().code()));
        } catch (NotFoundException e) {
            error.setText(getTranslation("error.not-found"));
        }
    }

    private void removePaper() {
        roundtables.removePaper(roundtableId);
        show();
        onChange.run();
    }

    private void show() {
        current.removeAll();
        var paper = roundtables.detail(roundtableId).paper();
        current.add(BackgroundPaperLink.of(this, roundtables, actor, roundtableId, paper));
        remove.setVisible(paper != null);
    }
}
