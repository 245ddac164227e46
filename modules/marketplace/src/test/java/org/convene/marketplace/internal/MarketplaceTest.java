package org.convene.marketplace.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.LocalDateTime;
import java.util.List;
import org.convene.delegations.Actor;
import org.convene.marketplace.ApplicationCommand;
import org.convene.marketplace.ApplicationStatus;
import org.convene.marketplace.ApplicationView;
import org.convene.marketplace.BoothCommand;
import org.convene.marketplace.BoothView;
import org.convene.marketplace.DecisionView;
import org.convene.marketplace.ExhibitorView;
import org.convene.marketplace.FloorPlanView;
import org.convene.marketplace.ProductCommand;
import org.convene.marketplace.ProductKind;
import org.convene.marketplace.ProductView;
import org.convene.marketplace.StageSlotView;
import org.convene.platform.AccessDeniedException;
import org.convene.platform.ConflictException;
import org.convene.platform.InvalidInputException;
import org.convene.platform.NotFoundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MarketplaceTest extends MarketplaceModuleTest {
    private static final LocalDateTime NOON = LocalDateTime.parse("2017-06-29T12:00");

    @Test
    void a_summit_without_a_plan_has_a_six_by_four_grid_and_the_office_resizes_it() {
        assertThat(marketplace.plan(berlin)).isEqualTo(new FloorPlanView(berlin, 6, 4, false, null, null));
        assertThat(marketplace.setGrid(OFFICE, berlin, 8, 5).width()).isEqualTo(8);
        assertThat(marketplace.plan(berlin).height()).isEqualTo(5);
    }

    @Test
    void a_grid_too_small_for_its_booths_is_refused_and_nothing_changes() {
        booth("A1", 5, 3);
        assertThatThrownBy(() -> marketplace.setGrid(OFFICE, berlin, 4, 4)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).problems().getFirst().code()).isEqualTo("marketplace.plan.booth-outside");
        assertThat(marketplace.plan(berlin).columns()).isEqualTo(6);
    }

    @Test
    void only_the_chair_office_changes_the_plan() {
        Actor attendee = accredited();
        assertThatThrownBy(() -> marketplace.setGrid(attendee, berlin, 8, 8)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> marketplace.saveBooth(attendee, berlin, null, new BoothCommand("A1", 9, 0, 0, 1, 1)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void booth_codes_are_unique_in_the_summit_whatever_their_case_and_booths_do_not_overlap() {
        booth("A1", 0, 0);
        assertThatThrownBy(() -> booth("a1", 2, 2)).isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).problem().code()).isEqualTo("marketplace.booth.code.taken");
        assertThatThrownBy(() -> marketplace.saveBooth(OFFICE, berlin, null, new BoothCommand("B1", 9, 0, 0, 2, 1)))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).problem().code()).isEqualTo("marketplace.booth.overlap");
        assertThatThrownBy(() -> marketplace.saveBooth(OFFICE, berlin, null, new BoothCommand("C1", 9, 5, 0, 2, 1)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(marketplace.booths(berlin)).extracting(BoothView::code).containsExactly("A1");
    }

    @Test
    void a_booth_moves_without_clashing_with_itself() {
        long a1 = booth("A1", 0, 0);
        BoothView moved = marketplace.saveBooth(OFFICE, berlin, a1, new BoothCommand("A1", 12, 0, 0, 2, 2));
        assertThat(moved.w()).isEqualTo(2);
        assertThat(moved.area()).isEqualTo(12);
    }

    @Test
    void only_a_person_with_an_accredited_registration_at_the_summit_may_apply() {
        Actor nominated = account("nominated@market.example.org");
        nominee("nominated@market.example.org");
        assertThat(marketplace.mayApply(nominated, berlin)).isFalse();
        assertThatThrownBy(() -> applied(nominated, "Not yet approved")).isInstanceOf(AccessDeniedException.class);
        Actor approved = accredited();
        assertThat(marketplace.mayApply(approved, berlin)).isTrue();
        ApplicationView application = applied(approved, "Migrant Forum Asia");
        assertThat(application.status()).isEqualTo(ApplicationStatus.APPLIED);
        assertThat(sql.count("marketplace_application")).isEqualTo(1);
    }

    @Test
    void applying_again_edits_the_own_application_and_others_cannot_read_it() {
        Actor exhibitor = accredited();
        long id = applied(exhibitor, "Migrant Forum Asia").id();
        ApplicationView edited = marketplace.apply(exhibitor, berlin, new ApplicationCommand("مركز الهجرة", "خريطة", "وصف المشروع"));
        assertThat(edited.id()).isEqualTo(id);
        assertThat(edited.organisation()).isEqualTo("مركز الهجرة");
        assertThat(marketplace.ownApplication(exhibitor, berlin)).map(ApplicationView::projectTitle).contains("خريطة");
        Actor other = accredited();
        assertThat(marketplace.ownApplication(other, berlin)).isEmpty();
        assertThatThrownBy(() -> marketplace.application(other, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> marketplace.applications(other, berlin)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> marketplace.saveProduct(other, id, null, ProductCommand.of(ProductKind.MAP, "Map", "A map", null)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void an_application_without_its_texts_names_every_missing_field() {
        Actor exhibitor = accredited();
        assertThatThrownBy(() -> marketplace.apply(exhibitor, berlin, new ApplicationCommand(" ", null, "")))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).problems().stream().map(p -> p.field()).toList())
                .isEqualTo(List.of("organisation", "projectTitle", "description"));
    }

    @Test
    void decisions_are_audited_with_who_and_when() {
        Actor exhibitor = accredited();
        long id = applied(exhibitor, "Migrant Forum Asia").id();
        marketplace.decide(OFFICE, id, ApplicationStatus.WAITLISTED);
        ApplicationView accepted = marketplace.decide(OFFICE, id, ApplicationStatus.ACCEPTED);
        assertThat(accepted.decidedBy()).isEqualTo(OFFICE.userId());
        assertThat(accepted.decidedAt()).isNotNull();
        assertThat(marketplace.history(exhibitor, id)).extracting(DecisionView::status)
                .containsExactly(ApplicationStatus.APPLIED, ApplicationStatus.WAITLISTED, ApplicationStatus.ACCEPTED);
        assertThatThrownBy(() -> marketplace.decide(exhibitor, id, ApplicationStatus.REJECTED)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_exhibitor_is_told_of_each_new_decision_and_of_the_booth_by_mail_once() {
        Actor exhibitor = accredited();
        long id = applied(exhibitor, "Migrant Forum Asia").id();
        String to = users.find(exhibitor.userId()).orElseThrow().email();
        String mails = "SELECT COUNT(*) FROM mail_outbox WHERE reference = 'marketplace-application:" + id + "'";
        long before = sql.number("SELECT COUNT(*) FROM mail_outbox");

        marketplace.decide(OFFICE, id, ApplicationStatus.WAITLISTED);
        marketplace.decide(OFFICE, id, ApplicationStatus.WAITLISTED);
        assertThat(sql.number(mails)).isEqualTo(1);
        marketplace.decide(OFFICE, id, ApplicationStatus.ACCEPTED);
        marketplace.allocate(OFFICE, id, booth("B7", 2, 2));
        marketplace.allocate(OFFICE, id, sql.number("SELECT id FROM marketplace_booth WHERE code = 'B7'"));

        assertThat(sql.number(mails)).isEqualTo(3);
        assertThat(sql.number("SELECT COUNT(*) FROM mail_outbox") - before).isEqualTo(3);
        assertThat(sql.text("SELECT GROUP_CONCAT(subject ORDER BY id SEPARATOR ' | ') FROM mail_outbox WHERE reference = 'marketplace-application:"
                + id + "'")).isEqualTo("Marketplace: your application is on the waiting list | Marketplace: your application is accepted"
                + " | Marketplace: your booth");
        assertThat(sql.text("SELECT MAX(recipient) FROM mail_outbox WHERE reference = 'marketplace-application:" + id + "'")).isEqualTo(to);
        assertThat(sql.text("SELECT body FROM mail_outbox WHERE subject = 'Marketplace: your booth' AND reference = 'marketplace-application:"
                + id + "'")).contains("booth B7", "Migration map of Migrant Forum Asia", "10th GFMD Summit");
    }

    @Test
    void a_booth_goes_to_one_exhibitor_and_an_exhibitor_holds_one_booth() {
        long a1 = booth("A1", 0, 0);
        long a2 = booth("A2", 1, 0);
        Exhibitor first = accepted("Migrant Forum Asia");
        Exhibitor second = accepted("IOM Data Portal");
        marketplace.allocate(OFFICE, first.id(), a1);
        assertThatThrownBy(() -> marketplace.allocate(OFFICE, second.id(), a1)).isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).problem().code()).isEqualTo("marketplace.booth.taken");
        ApplicationView moved = marketplace.allocate(OFFICE, first.id(), a2);
        assertThat(moved.booth().code()).isEqualTo("A2");
        assertThat(sql.count("marketplace_allocation")).isEqualTo(1);
        assertThat(marketplace.allocate(OFFICE, second.id(), a1).booth().code()).isEqualTo("A1");
    }

    @Test
    void only_accepted_exhibitors_get_a_booth_and_a_rejection_frees_booth_and_slot() {
        long a1 = booth("A1", 0, 0);
        Actor applicant = accredited();
        long pending = applied(applicant, "Pending Org").id();
        assertThatThrownBy(() -> marketplace.allocate(OFFICE, pending, a1)).isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).problem().code()).isEqualTo("marketplace.allocate.not-accepted");
        Exhibitor exhibitor = accepted("Migrant Forum Asia");
        marketplace.allocate(OFFICE, exhibitor.id(), a1);
        long slot = marketplace.addSlot(OFFICE, berlin, NOON, 15).id();
        marketplace.book(exhibitor.actor(), slot);
        ApplicationView rejected = marketplace.decide(OFFICE, exhibitor.id(), ApplicationStatus.REJECTED);
        assertThat(rejected.booth()).isNull();
        assertThat(rejected.slot()).isNull();
        assertThat(marketplace.booths(berlin).getFirst().exhibitorId()).isNull();
        assertThat(marketplace.stage(berlin).getFirst().free()).isTrue();
    }

    @Test
    void stage_slots_never_overlap() {
        marketplace.addSlot(OFFICE, berlin, NOON, 20);
        assertThatThrownBy(() -> marketplace.addSlot(OFFICE, berlin, NOON.plusMinutes(10), 20)).isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).problem().code()).isEqualTo("marketplace.slot.overlap");
        marketplace.addSlot(OFFICE, berlin, NOON.plusMinutes(20), 20);
        assertThatThrownBy(() -> marketplace.addSlot(OFFICE, berlin, NOON.plusHours(2), 500)).isInstanceOf(InvalidInputException.class);
        assertThat(marketplace.stage(berlin)).extracting(StageSlotView::startsAt).containsExactly(NOON, NOON.plusMinutes(20));
    }

    @Test
    void an_accepted_exhibitor_books_one_free_slot_and_a_clash_is_refused_clearly() {
        long noon = marketplace.addSlot(OFFICE, berlin, NOON, 15).id();
        long later = marketplace.addSlot(OFFICE, berlin, NOON.plusMinutes(15), 15).id();
        Exhibitor first = accepted("Migrant Forum Asia");
        Exhibitor second = accepted("IOM Data Portal");
        assertThat(marketplace.book(first.actor(), noon).exhibitorName()).isEqualTo("Migrant Forum Asia");
        assertThatThrownBy(() -> marketplace.book(second.actor(), noon)).isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).problem().code()).isEqualTo("marketplace.stage.slot-taken");
        assertThatThrownBy(() -> marketplace.book(first.actor(), later)).isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).problem().code()).isEqualTo("marketplace.stage.already-booked");
        assertThatThrownBy(() -> marketplace.cancelBooking(second.actor(), noon)).isInstanceOf(AccessDeniedException.class);
        marketplace.cancelBooking(first.actor(), noon);
        assertThat(marketplace.book(second.actor(), noon).exhibitorName()).isEqualTo("IOM Data Portal");
    }

    @Test
    void an_exhibitor_not_accepted_cannot_book_the_stage() {
        long noon = marketplace.addSlot(OFFICE, berlin, NOON, 15).id();
        Actor applicant = accredited();
        applied(applicant, "Pending Org");
        assertThatThrownBy(() -> marketplace.book(applicant, noon)).isInstanceOf(AccessDeniedException.class);
        assertThat(sql.count("marketplace_stage_booking")).isZero();
    }

    @Test
    void products_need_a_web_link_and_an_image_that_is_one() {
        Actor exhibitor = accredited();
        long id = applied(exhibitor, "Migrant Forum Asia").id();
        assertThatThrownBy(() -> marketplace.saveProduct(exhibitor, id, null,
                ProductCommand.of(ProductKind.TOOL, "Tool", "A tool", "javascript:alert(1)")))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).problems().getFirst().code()).isEqualTo("marketplace.product.link");
        byte[] text = "not an image at all".getBytes();
        assertThatThrownBy(() -> marketplace.saveProduct(exhibitor, id, null,
                new ProductCommand(ProductKind.MAP, "Map", "A map", null, text, false)))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).problems().getFirst().code()).isEqualTo("marketplace.image.type");
        ProductView map = marketplace.saveProduct(exhibitor, id, null,
                new ProductCommand(ProductKind.MAP, "Corridor map", "Routes", "https://example.org/map", TestImages.png(40, 30), false));
        assertThat(map.hasImage()).isTrue();
        assertThat(sql.count("marketplace_product")).isEqualTo(1);
        ProductView renamed = marketplace.saveProduct(exhibitor, id, map.id(), ProductCommand.of(ProductKind.MAP, "Map 2", "Routes", null));
        assertThat(renamed.hasImage()).as("an edit without an image keeps it").isTrue();
    }

    @Test
    void the_public_sees_accepted_exhibitors_only_with_their_booth_and_products_and_finds_them_by_words() {
        long a1 = booth("A1", 0, 0);
        Exhibitor forum = accepted("Migrant Forum Asia");
        marketplace.allocate(OFFICE, forum.id(), a1);
        marketplace.saveProduct(forum.actor(), forum.id(), null, ProductCommand.of(ProductKind.PUBLICATION, "Atlas de la migración",
                "Un atlas", "https://example.org/atlas"));
        Exhibitor portal = accepted("IOM Data Portal");
        Actor pendingActor = accredited();
        long pending = applied(pendingActor, "Pending Org").id();
        assertThat(marketplace.exhibitors(berlin, null)).extracting(ExhibitorView::organisation)
                .containsExactly("IOM Data Portal", "Migrant Forum Asia");
        assertThat(marketplace.exhibitors(berlin, "migracion")).extracting(ExhibitorView::organisation).containsExactly("Migrant Forum Asia");
        assertThat(marketplace.exhibitors(berlin, "a1 forum")).hasSize(1);
        ExhibitorView page = marketplace.exhibitor(forum.id());
        assertThat(page.booth().code()).isEqualTo("A1");
        assertThat(page.products()).extracting(ProductView::title).containsExactly("Atlas de la migración");
        assertThat(marketplace.exhibitor(portal.id()).booth()).isNull();
        assertThatThrownBy(() -> marketplace.exhibitor(pending)).isInstanceOf(NotFoundException.class);
        assertThat(marketplace.booths(berlin).getFirst().exhibitorName()).isEqualTo("Migrant Forum Asia");
    }

    @Test
    void a_product_image_is_public_only_once_its_exhibitor_is_accepted() {
        Actor exhibitor = accredited();
        long id = applied(exhibitor, "Migrant Forum Asia").id();
        long product = marketplace.saveProduct(exhibitor, id, null,
                new ProductCommand(ProductKind.MAP, "Map", "Routes", null, TestImages.jpeg(20, 20), false)).id();
        assertThat(marketplace.productImage(null, product)).isEmpty();
        assertThat(marketplace.productImage(exhibitor, product)).map(i -> i.mediaType()).contains("image/jpeg");
        marketplace.decide(OFFICE, id, ApplicationStatus.ACCEPTED);
        assertThat(marketplace.productImage(null, product)).isPresent();
    }

    @Test
    void a_plan_image_puts_booths_in_percent_and_a_text_file_is_refused() {
        booth("A1", 5, 3);
        FloorPlanView plan = marketplace.setImage(OFFICE, berlin, TestImages.png(400, 300));
        assertThat(plan.hasImage()).isTrue();
        assertThat(plan.imageWidth()).isEqualTo(400);
        assertThat(plan.width()).isEqualTo(100);
        assertThat(marketplace.planImage(berlin)).map(i -> i.mediaType()).contains("image/png");
        assertThatThrownBy(() -> marketplace.setImage(OFFICE, berlin, "%PDF-1.7 not an image".getBytes()))
                .isInstanceOf(InvalidInputException.class);
        BoothView wide = marketplace.saveBooth(OFFICE, berlin, null, new BoothCommand("B1", 20, 50, 50, 20, 10));
        assertThat(wide.x()).isEqualTo(50);
        assertThatThrownBy(() -> marketplace.setGrid(OFFICE, berlin, 6, 4)).as("B1 at 50 % fits no 6 x 4 grid")
                .isInstanceOf(InvalidInputException.class);
        assertThat(marketplace.plan(berlin).hasImage()).isTrue();
    }

    @Test
    void deleting_a_booth_frees_its_exhibitor_and_freeing_by_hand_keeps_the_booth() {
        long a1 = booth("A1", 0, 0);
        long a2 = booth("A2", 1, 0);
        Exhibitor exhibitor = accepted("Migrant Forum Asia");
        marketplace.allocate(OFFICE, exhibitor.id(), a1);
        marketplace.deleteBooth(OFFICE, a1);
        assertThat(marketplace.application(OFFICE, exhibitor.id()).booth()).isNull();
        marketplace.allocate(OFFICE, exhibitor.id(), a2);
        assertThat(marketplace.freeBooth(OFFICE, exhibitor.id()).booth()).isNull();
        assertThat(marketplace.booths(berlin)).extracting(BoothView::code).containsExactly("A2");
        assertThat(sql.count("marketplace_allocation")).isZero();
    }

    @Test
    void an_exhibitor_removes_a_product_image_or_the_product_and_nobody_else_can() {
        Actor exhibitor = accredited();
        long id = applied(exhibitor, "Migrant Forum Asia").id();
        ProductView map = marketplace.saveProduct(exhibitor, id, null,
                new ProductCommand(ProductKind.MAP, "Map", "Routes", null, TestImages.png(10, 10), false));
        ProductView without = marketplace.saveProduct(exhibitor, id, map.id(),
                new ProductCommand(ProductKind.MAP, "Map", "Routes", null, null, true));
        assertThat(without.hasImage()).isFalse();
        assertThat(marketplace.productImage(exhibitor, map.id())).isEmpty();
        Actor other = accredited();
        assertThatThrownBy(() -> marketplace.deleteProduct(other, map.id())).isInstanceOf(NotFoundException.class);
        marketplace.deleteProduct(exhibitor, map.id());
        assertThat(marketplace.application(exhibitor, id).products()).isEmpty();
    }
}
