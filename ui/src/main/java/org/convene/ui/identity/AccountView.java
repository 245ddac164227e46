package org.convene.ui.identity;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.json.JsonMapper;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import org.convene.api.MyData;
import org.convene.identity.ApiTokenView;
import org.convene.identity.ApiTokens;
import org.convene.identity.NewApiToken;
import org.convene.identity.Profiles;
import org.convene.identity.UserLimits;
import org.convene.identity.UserView;
import org.convene.ui.base.MainLayout;
import org.convene.ui.base.ServerErrors;
import org.convene.ui.security.UserSession;

/** The user's own account: who they are, and personal API tokens for scripts. */
@Route(value = "account", layout = MainLayout.class)
@PermitAll
@Prototype
public class AccountView extends VerticalLayout implements HasDynamicTitle {
    private static final tools.jackson.databind.json.JsonMapper PRETTY = tools.jackson.databind.json.JsonMapper.builder().build();
    /** One value a line, written {@code "name": value} as people write JSON by hand. */
    private static final tools.jackson.core.util.DefaultPrettyPrinter LAYOUT = new tools.jackson.core.util.DefaultPrettyPrinter(
            tools.jackson.core.util.Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(tools.jackson.core.util.Separators.Spacing.AFTER));
    private final ApiTokens tokens;
    private final long userId;
    final Grid<ApiTokenView> grid = new Grid<>();
    final TextField tokenName = new TextField();

    public AccountView(UserSession session, ApiTokens tokens, Profiles profiles, MyData.Gatherer myData, JsonMapper json) {
        this.tokens = tokens;
        UserView user = session.user().orElseThrow();
        this.userId = user.id();
        add(new H2(getTranslation("nav.account")), new Paragraph(user.displayName() + " <" + user.email() + ">"));
        add(new H3(getTranslation("profile.title")), new Paragraph(getTranslation("profile.explain")), new ProfileForm(profiles, userId));
        // Made when clicked, so it holds what is stored then; the file name carries nothing personal.
        Anchor download = new Anchor(new StreamResource("my-data.json", () -> {
            try {
                return new ByteArrayInputStream(json.writeValueAsBytes(myData.of(user)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }), getTranslation("my-data.download"));
        download.getElement().setAttribute("download", true);
        download.setId("my-data");
        // The same document shown on the page, opened on demand: reading it needs no download.
        Pre shown = new Pre();
        shown.getStyle().set("white-space", "pre-wrap").set("font-size", "var(--lumo-font-size-s)").set("max-height", "24rem")
                .set("overflow", "auto");
        shown.setId("my-data-view");
        Details view = new Details(getTranslation("my-data.view"), shown);
        view.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                try {
                    shown.setText(indented(json.writeValueAsString(myData.of(user))));
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            }
        });
        add(new H3(getTranslation("my-data.title")), new Paragraph(getTranslation("my-data.explain")), download, view);
        add(new H3(getTranslation("token.title")), new Paragraph(getTranslation("token.explain")));
        tokenName.setLabel(getTranslation("token.name"));
        tokenName.setMaxLength(UserLimits.TOKEN_NAME_MAX);
        Button create = new Button(getTranslation("token.create"), e -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(tokenName, create);
        form.setAlignItems(Alignment.BASELINE);
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale()).withZone(ZoneId.systemDefault());
        grid.addColumn(ApiTokenView::name).setHeader(getTranslation("token.name"));
        grid.addColumn(t -> t.prefix() + "…").setHeader(getTranslation("token.prefix"));
        grid.addColumn(t -> when.format(t.createdAt())).setHeader(getTranslation("token.created"));
        grid.addColumn(t -> t.lastUsedAt() == null ? "—" : when.format(t.lastUsedAt())).setHeader(getTranslation("token.last-used"));
        grid.addComponentColumn(t -> t.revoked() ? new Paragraph(getTranslation("token.revoked")) : revokeButton(t))
                .setHeader(getTranslation("token.status"));
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("token.title"));
        add(form, grid);
        refresh();
    }

    private Button revokeButton(ApiTokenView token) {
        Button revoke = new Button(getTranslation("token.revoke"), e -> {
            tokens.revoke(userId, token.id());
            refresh();
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        return revoke;
    }

    private void create() {
        NewApiToken[] created = new NewApiToken[1];
        if (ServerErrors.attempt(this, Map.of("name", tokenName), () -> created[0] = tokens.create(userId, tokenName.getValue()))) {
            tokenName.clear();
            refresh();
            Dialog shown = new Dialog();
            shown.setHeaderTitle(getTranslation("token.created-title"));
            TextField secret = new TextField(getTranslation("token.secret"));
            secret.setValue(created[0].token());
            secret.setReadOnly(true);
            secret.setWidthFull();
            shown.add(new Paragraph(getTranslation("token.copy-now")), secret);
            shown.getFooter().add(new Button(getTranslation("action.close"), e -> shown.close()));
            shown.setWidth("min(36rem, 100vw)");
            shown.open();
        }
    }

    private void refresh() {
        grid.setItems(tokens.list(userId));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.account") + " · " + getTranslation("app.name");
    }

    /** The compact JSON laid out one value per line, for reading on screen (the download stays compact). */
    static String indented(String compact) {
        return PRETTY.writer().with(LAYOUT).writeValueAsString(PRETTY.readTree(compact));
    }
}
