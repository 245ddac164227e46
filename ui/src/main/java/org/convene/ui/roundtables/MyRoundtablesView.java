package org.convene.ui.roundtables;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.convene.delegations.Actor;
import org.convene.programme.Programme;
import org.convene.programme.SessionView;
import org.convene.roundtables.RoundtableDetails;
import org.convene.roundtables.RoundtableView;
import org.convene.roundtables.Roundtables;
import org.convene.roundtables.Seating;
import org.convene.roundtables.SeatingPreferences;
import org.convene.summit.SummitManagement;
import org.convene.summit.SummitView;
import org.convene.ui.base.EmptyState;
import org.convene.ui.base.MainLayout;
import org.convene.ui.base.ServerErrors;
import org.convene.ui.security.UserSession;

/**
 * A delegate picks their first, second and third roundtable in a summit where their account's
 * e-mail is registered, and sees the seat the chair office gave them.
 */
@Route(value = "my-roundtables", layout = MainLayout.class)
@PermitAll
@Prototype
public class MyRoundtablesView extends VerticalLayout implements HasDynamicTitle {
    final Select<SummitView> summit = new Select<>();
    final List<Select<RoundtableView>> choices = new ArrayList<>();
    final Button save = new Button();
    final Paragraph seat = new Paragraph();
    private final Div content = new Div();
    private final Seating seating;
    private final Roundtables roundtables;
    private final Programme programme;
    private final Actor actor;

    public MyRoundtablesView(UserSession session, SummitManagement summits, Seating seating, Roundtables roundtables, Programme programme) {
        this.seating = seating;
        this.roundtables = roundtables;
        this.programme = programme;
        this.actor = Actor.of(session.user().orElseThrow());
        List<SummitView> mine = summits.list().stream().filter(s -> !seating.ownRegistrations(actor, s.id()).isEmpty()).toList();
        summit.setLabel(getTranslation("programme.summit"));
        summit.setItems(mine);
        summit.setItemLabelGenerator(SummitView::title);
        summit.addValueChangeListener(e -> show());
        for (int i = 1; i <= SeatingPreferences.CHOICES_MAX; i++) {
            Select<RoundtableView> choice = new Select<>();
            choice.setLabel(getTranslation("seating.choice." + i));
            choice.setEmptySelectionAllowed(true);
            choice.setEmptySelectionCaption(getTranslation("seating.no-choice"));
            choice.setId("choice-" + i);
            choice.setWidth("32rem");
            choices.add(choice);
        }
        save.setText(getTranslation("seating.save-choices"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        seat.setId("my-seat");
        add(new H2(getTranslation("nav.my-roundtables")), content);
        if (mine.isEmpty()) {
            content.add(new EmptyState(getTranslation("seating.mine.not-registered")));
        } else {
            add(summit);
            summit.setValue(mine.getFirst());
        }
    }

    public Select<SummitView> summitSelect() {
        return summit;
    }

    /** The picker of the delegate's choice, 0 for the first. */
    public Select<RoundtableView> choice(int index) {
        return choices.get(index);
    }

    private long registration() {
        return seating.ownRegistrations(actor, summit.getValue().id()).getFirst();
    }

    void show() {
        content.removeAll();
        if (summit.getValue() == null) {
            return;
        }
        List<RoundtableView> all = roundtables.list(summit.getValue().id());
        if (all.isEmpty()) {
            content.add(new EmptyState(getTranslation("seating.mine.no-roundtables")));
            return;
        }
        Map<Long, SessionView> sessions = programme.sessions(summit.getValue().id()).stream()
                .collect(Collectors.toMap(SessionView::id, Function.identity()));
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale());
        SeatingPreferences mine = seating.preferences(actor, registration());
        Map<Long, RoundtableView> byId = all.stream().collect(Collectors.toMap(RoundtableView::id, Function.identity()));
        for (int i = 0; i < choices.size(); i++) {
            Select<RoundtableView> choice = choices.get(i);
            choice.setItems(all);
            choice.setItemLabelGenerator(r -> r == null ? getTranslation("seating.no-choice") : label(r, sessions, when));
            choice.setValue(i < mine.roundtableIds().size() ? byId.get(mine.roundtableIds().get(i)) : null);
            choice.setInvalid(false);
        }
        RoundtableView seated = mine.seatRoundtableId() == null ? null : byId.get(mine.seatRoundtableId());
        seat.setText(seated == null ? getTranslation("seating.mine.no-seat")
                : getTranslation("seating.mine.seat", label(seated, sessions, when)));
        content.add(new Paragraph(getTranslation("seating.mine.intro")));
        choices.forEach(content::add);
        content.add(new Div(save), seat, papers());
    }

    /** The roundtables' background papers, to read before choosing: the list holds those the delegate may read. */
    private Component papers() {
        UnorderedList list = new UnorderedList();
        list.setId("papers");
        for (RoundtableDetails details : roundtables.details(summit.getValue().id())) {
            if (details.paper() != null && roundtables.mayReadPaper(actor, details.roundtable().id())) {
                RoundtableView r = details.roundtable();
                list.add(new ListItem(new Span(r.number() + " · " + r.title() + " · "),
                        BackgroundPaperLink.of(this, roundtables, actor, r.id(), details.paper())));
            }
        }
        Div section = new Div(new H3(getTranslation("seating.mine.papers")));
        section.add(list.getChildren().findAny().isPresent() ? list : new Paragraph(getTranslation("seating.mine.no-papers")));
        return section;
    }

    void save() {
        List<Long> picked = choices.stream().map(Select::getValue).filter(Objects::nonNull).map(RoundtableView::id).toList();
        if (ServerErrors.attempt(this, Map.of("roundtableIds", choices.getFirst()), () -> seating.setPreferences(actor, registration(), picked))) {
            ServerErrors.success(getTranslation("seating.mine.saved"));
            show();
        }
    }

    private static String label(RoundtableView r, Map<Long, SessionView> sessions, DateTimeFormatter when) {
        SessionView session = r.sessionId() == null ? null : sessions.get(r.sessionId());
        return r.number() + " · " + r.title() + (session == null ? "" : " · " + when.format(session.start()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.my-roundtables") + " · " + getTranslation("app.name");
    }
}
