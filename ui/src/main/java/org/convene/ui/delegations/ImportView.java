package org.convene.ui.delegations;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.server.streams.UploadHandler;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import org.convene.delegations.Actor;
import org.convene.delegations.BulkRegistration;
import org.convene.delegations.GroupView;
import org.convene.delegations.ImportResult;
import org.convene.delegations.SheetFormat;
import org.convene.delegations.StakeholderGroups;
import org.convene.platform.AccessDeniedException;
import org.convene.platform.ConflictException;
import org.convene.summit.SummitManagement;
import org.convene.summit.SummitView;
import org.convene.ui.base.Background;
import org.convene.ui.base.Header;
import org.convene.ui.base.MainLayout;
import org.convene.ui.base.Progress;
import org.convene.ui.base.ServerErrors;
import org.convene.ui.security.UserSession;

/**
 * Bulk registration from a file: a lead or focal point into their own group, the chair office
 * into the group it picks. The file is checked first and every problem listed by row and field;
 * only a clean file can be confirmed. The lead fixes the file and uploads it again.
 */
@Route(value = "registrations/import", layout = MainLayout.class)
@RolesAllowed({"CHAIR_OFFICE", "MECHANISM_LEAD", "FOCAL_POINT"})
@Prototype
public class ImportView extends VerticalLayout implements HasDynamicTitle {
    private final BulkRegistration bulk;
    private final StakeholderGroups groups;
    private final Actor actor;
    private final GroupLabels labels = new GroupLabels(this);
    final Select<SummitView> summit = new Select<>();
    final Select<GroupView> group = new Select<>();
    final Upload upload;
    final ImportReport report = new ImportReport();
    final Button confirm = new Button();
    final Progress progress = new Progress();
    final Paragraph result = new Paragraph();
    final RouterLink back;
    private byte[] file;
    private SheetFormat format;

    public ImportView(UserSession session, SummitManagement summits, StakeholderGroups groups, BulkRegistration bulk) {
        this.bulk = bulk;
        this.groups = groups;
        this.actor = Actor.of(session.user().orElseThrow());
        List<SummitView> all = summits.list();
        summit.setLabel(getTranslation("registration.summit"));
        summit.setItems(all);
        summit.setItemLabelGenerator(SummitView::title);
        group.setLabel(getTranslation("person.group"));
        group.setItemLabelGenerator(labels::label);
        group.setId("import-group");
        upload = new Upload(uploadHandler());
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) BulkRegistration.MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv", SheetFormat.XLSX.mediaType());
        upload.addFileRejectedListener(e -> ServerErrors.error(getTranslation("import.rejected")));
        upload.setId("import-upload");
        confirm.setText(getTranslation("import.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        confirm.setDisableOnClick(true);
        confirm.addClickListener(e -> confirm());
        result.setId("import-result");
        result.setVisible(false);
        back = new RouterLink(getTranslation("import.back"), RegistrationListView.class);
        HorizontalLayout templates = new HorizontalLayout(new Span(getTranslation("import.template")),
                template(SheetFormat.CSV), template(SheetFormat.XLSX));
        templates.setAlignItems(Alignment.BASELINE);
        HorizontalLayout choice = new HorizontalLayout(summit, group);
        choice.setWrap(true);
        add(new Header(new H2(getTranslation("import.title")), back), new Paragraph(getTranslation("import.help")), templates, choice,
                upload, progress, report, confirm, result);
        summit.addValueChangeListener(e -> groupsOf(e.getValue()));
        group.addValueChangeListener(e -> reset());
        if (!all.isEmpty()) {
            summit.setValue(all.getFirst());
        }
    }

    private void groupsOf(SummitView chosen) {
        List<GroupView> visible = chosen == null ? List.of() : groups.list(actor, chosen.id());
        group.setItems(visible);
        group.setValue(visible.size() == 1 ? visible.getFirst() : null);
        upload.setVisible(!visible.isEmpty());
        group.setHelperText(visible.isEmpty() ? getTranslation("import.no-group") : null);
    }

    /** Reads the file within the limit (whatever the browser claims), then checks it. */
    private UploadHandler uploadHandler() {
        return event -> {
            byte[] data;
            try (InputStream in = event.getInputStream()) {
                data = in.readNBytes((int) BulkRegistration.MAX_BYTES + 1);
            }
            String name = event.getFileName();
            event.getUI().access(() -> received(name, data));
        };
    }

    void received(String fileName, byte[] data) {
        reset();
        // One file at a time, and the next upload (the fixed file) must not be blocked by this one.
        upload.clearFileList();
        GroupView target = group.getValue();
        if (target == null) {
            group.setErrorMessage(getTranslation("validation.required"));
            group.setInvalid(true);
            return;
        }
        SheetFormat chosen = SheetFormat.ofFileName(fileName).orElse(SheetFormat.CSV);
        file = data;
        format = chosen;
        work(getTranslation("import.checking"), () -> bulk.preview(actor, target.id(), chosen, new ByteArrayInputStream(data)), preview -> {
            report.show(preview);
            confirm.setEnabled(preview.isClean() && preview.toCreate() > 0);
        });
    }

    private void confirm() {
        GroupView target = group.getValue();
        byte[] data = file;
        SheetFormat chosen = format;
        if (target == null || data == null) {
            return;
        }
        work(getTranslation("import.saving"), () -> bulk.confirm(actor, target.id(), chosen, new ByteArrayInputStream(data)), done -> {
            file = null;
            confirm.setEnabled(false);
            report.clear();
            showResult(done);
        });
    }

    private void showResult(ImportResult done) {
        result.setText(getTranslation("import.done", done.nominated(), done.waitingList(), done.alreadyRegistered()));
        result.setVisible(true);
    }

    private <T> void work(String what, java.util.function.Supplier<T> task, java.util.function.Consumer<T> then) {
        progress.run(what, task, then, this::refused);
    }

    private void refused(RuntimeException failure) {
        if (failure instanceof AccessDeniedException) {
            ServerErrors.error(getTranslation("error.forbidden.text"));
        } else if (failure instanceof org.convene.platform.InvalidInputException || failure instanceof ConflictException) {
            // The file changed meanwhile, or someone in it was registered meanwhile: check it again.
            ServerErrors.attempt(this, java.util.Map.of(), () -> {
                throw failure;
            });
        } else {
            throw failure;
        }
    }

    private void reset() {
        group.setInvalid(false);
        report.clear();
        result.setVisible(false);
        confirm.setEnabled(false);
        file = null;
    }

    private Anchor template(SheetFormat templateFormat) {
        Anchor link = new Anchor(new StreamResource("registration-template." + templateFormat.extension(),
                // The chosen group's summit may ask extra questions: its template has a column for each.
                () -> new ByteArrayInputStream(group.getValue() == null ? bulk.template(templateFormat)
                        : bulk.template(actor, group.getValue().id(), templateFormat))), templateFormat.name());
        link.getElement().setAttribute("download", true);
        link.setId("template-" + templateFormat.extension());
        return link;
    }

    /** How slow work runs: on its own thread with the UI polling, or at once (tests). */
    public void runSlowWork(Background how) {
        progress.runWith(how);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title") + " · " + getTranslation("app.name");
    }
}
