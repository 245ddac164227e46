package org.convene.ui.reports;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.StreamResource;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import org.convene.delegations.Actor;
import org.convene.reports.ReportContents;
import org.convene.reports.SummitReports;
import org.convene.summit.SummitManagement;
import org.convene.summit.SummitView;
import org.convene.ui.base.Background;
import org.convene.ui.base.EmptyState;
import org.convene.ui.base.Formats;
import org.convene.ui.base.Header;
import org.convene.ui.base.MainLayout;
import org.convene.ui.base.Progress;
import org.convene.ui.security.UserSession;
import org.convene.ui.summit.SummitOverviewView;

/**
 * The chair office makes the summit report (chair's summary) of a summit: it sees what will go in,
 * then the PDF is made in the background with a progress bar and downloaded when ready.
 */
@Route(value = "summit-report", layout = MainLayout.class)
@RolesAllowed("CHAIR_OFFICE")
@Prototype
public class SummitReportView extends VerticalLayout implements HasDynamicTitle {
    final Select<SummitView> summit = new Select<>();
    final Div summary = new Div();
    final Button download = new Button();
    final Progress progress = new Progress();
    final Div ready = new Div();
    private final SummitReports reports;
    private final Actor actor;

    public SummitReportView(UserSession session, SummitManagement summits, SummitReports reports) {
        this.reports = reports;
        this.actor = Actor.of(session.user().orElseThrow());
        List<SummitView> all = summits.list();
        summit.setLabel(getTranslation("summit.title"));
        summit.setItems(all);
        summit.setItemLabelGenerator(SummitView::title);
        summit.addValueChangeListener(e -> refresh());
        summit.setId("summit-report-summit");
        summary.setId("summit-report-summary");
        download.setText(getTranslation("summit-report.download"));
        download.setIcon(VaadinIcon.DOWNLOAD.create());
        download.setId("summit-report-download");
        download.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        download.addClickListener(e -> make());
        ready.setId("summit-report-ready");
        add(new Header(new H2(getTranslation("nav.summit-report")), summit),
                new Paragraph(getTranslation("summit-report.intro")), summary, download, progress, ready);
        if (all.isEmpty()) {
            summary.add(new EmptyState(getTranslation("registration.no-summit")));
            download.setEnabled(false);
        } else {
            summit.setValue(all.getFirst());
        }
    }

    private void refresh() {
        summary.removeAll();
        ready.removeAll();
        SummitView current = summit.getValue();
        if (current == null) {
            return;
        }
        ReportContents c = reports.contents(actor, current.id());
        Locale locale = getLocale();
        UnorderedList list = new UnorderedList(
                new ListItem(getTranslation("summit-report.language", Locale.forLanguageTag(c.language()).getDisplayLanguage(locale))),
                new ListItem(getTranslation("summit-report.themes", Formats.number(c.themes(), locale))),
                new ListItem(getTranslation("summit-report.outcomes", Formats.number(c.publishedOutcomes(), locale),
                        Formats.number(c.roundtables(), locale))),
                new ListItem(getTranslation("summit-report.consultations", Formats.number(c.consultationsWithObservations(), locale))),
                new ListItem(getTranslation("summit-report.participants", Formats.number(c.participants(), locale))));
        RouterLink language = new RouterLink(getTranslation("summit-report.change-language"), SummitOverviewView.class,
                SummitOverviewView.parameters(current.id()));
        summary.add(list, language);
        if (c.publishedOutcomes() == 0) {
            summary.add(new EmptyState(getTranslation("summit-report.no-outcomes")));
        }
    }

    /** How the PDF is made: on its own thread (the default) or at once (tests). */
    public void runSlowWork(Background how) {
        progress.runWith(how);
    }

    /** Makes the PDF off the request thread; when it is ready the download starts, and a link stays for a second try. */
    void make() {
        SummitView chosen = summit.getValue();
        if (chosen == null) {
            return;
        }
        download.setEnabled(false);
        ready.removeAll();
        progress.run(getTranslation("summit-report.making"), () -> reports.pdf(actor, chosen.id()), pdf -> {
            download.setEnabled(true);
            // The file name carries the summit id only.
            Anchor link = new Anchor(new StreamResource("summit-report-" + chosen.id() + ".pdf", () -> new ByteArrayInputStream(pdf)),
                    getTranslation("summit-report.ready", Formats.number(Math.max(1, pdf.length / 1024), getLocale())));
            link.getElement().setAttribute("download", true);
            link.setId("summit-report-file");
            ready.add(link);
            link.getElement().callJsFunction("click");
        }, failure -> {
            download.setEnabled(true);
            ready.add(new Paragraph(getTranslation("summit-report.failed")));
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.summit-report") + " · " + getTranslation("app.name");
    }
}
