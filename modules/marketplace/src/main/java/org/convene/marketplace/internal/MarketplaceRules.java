package org.convene.marketplace.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.convene.marketplace.ApplicationCommand;
import org.convene.marketplace.BoothCommand;
import org.convene.marketplace.FloorPlanView;
import org.convene.marketplace.MarketplaceLimits;
import org.convene.marketplace.ProductCommand;
import org.convene.platform.ConflictException;
import org.convene.platform.FieldProblem;
import org.convene.platform.InvalidInputException;
import org.convene.platform.Texts;

/** The marketplace's rules in plain Java: texts, booth geometry, links, stage slots. */
final class MarketplaceRules {
    private MarketplaceRules() {
    }

    static void checkGrid(int columns, int rows) {
        List<FieldProblem> problems = new ArrayList<>();
        if (columns < 1 || columns > MarketplaceLimits.MAX_GRID_SIDE) {
            problems.add(new FieldProblem("columns", "marketplace.grid.size", "between 1 and 40 columns"));
        }
        if (rows < 1 || rows > MarketplaceLimits.MAX_GRID_SIDE) {
            problems.add(new FieldProblem("rows", "marketplace.grid.size", "between 1 and 40 rows"));
        }
        refuseIf(problems);
    }

    /** A plan change must keep every booth on the plan. */
    static void checkBoothsFit(int width, int height, List<BoothRow> booths) {
        for (BoothRow b : booths) {
            if (b.x() + b.w() > width || b.y() + b.h() > height) {
                throw InvalidInputException.of("plan", "marketplace.plan.booth-outside",
                        "booth " + b.code() + " would fall outside the plan; move it first");
            }
        }
    }

    /** The booth as it will be stored, its code trimmed and upper-cased. */
    static BoothRow checkBooth(long summitId, Long boothId, BoothCommand c, FloorPlanView plan, List<BoothRow> booths) {
        List<FieldProblem> problems = new ArrayList<>();
        String code = Texts.strippedOrNull(c.code());
        if (code == null) {
            problems.add(new FieldProblem("code", "marketplace.booth.code.required", "give the booth a code"));
        } else if (code.length() > MarketplaceLimits.MAX_CODE) {
            problems.add(new FieldProblem("code", "marketplace.booth.code.too-long", "at most 20 characters"));
        }
        if (c.area() < 1 || c.area() > MarketplaceLimits.MAX_AREA) {
            problems.add(new FieldProblem("area", "marketplace.booth.area.range", "the area is between 1 and 10,000 m²"));
        }
        if (c.w() < 1 || c.h() < 1) {
            problems.add(new FieldProblem("w", "marketplace.booth.extent", "a booth is at least one unit wide and high"));
        } else if (c.x() < 0 || c.y() < 0 || c.x() + c.w() > plan.width() || c.y() + c.h() > plan.height()) {
            problems.add(new FieldProblem("x", "marketplace.booth.outside", "the booth falls outside the plan"));
        }
        refuseIf(problems);
        String upper = code.toUpperCase(Locale.ROOT);
        for (BoothRow other : booths) {
            if (other.id().equals(boothId)) {
                continue;
            }
            if (other.code().equalsIgnoreCase(upper)) {
                throw new ConflictException("code", "marketplace.booth.code.taken", "another booth has this code");
            }
            if (overlap(c.x(), c.y(), c.w(), c.h(), other)) {
                throw new ConflictException("x", "marketplace.booth.overlap", "the booth overlaps booth " + other.code());
            }
        }
        return new BoothRow(boothId, summitId, upper, c.area(), c.x(), c.y(), c.w(), c.h());
    }

    static boolean overlap(int x, int y, int w, int h, BoothRow o) {
        return x < o.x() + o.w() && o.x() < x + w && y < o.y() + o.h() && o.y() < y + h;
    }

    /** The command's texts stripped; all three are required. */
    static ApplicationCommand checkApplication(ApplicationCommand c) {
        List<FieldProblem> problems = new ArrayList<>();
        String organisation = text(problems, "organisation", c.organisation(), MarketplaceLimits.MAX_NAME);
        String title = text(problems, "projectTitle", c.projectTitle(), MarketplaceLimits.MAX_NAME);
        String description = text(problems, "description", c.description(), MarketplaceLimits.MAX_DESCRIPTION);
        refuseIf(problems);
        return new ApplicationCommand(organisation, title, description);
    }

    /** Title and description required, the link optional but http(s). */
    static ProductCommand checkProduct(ProductCommand c) {
        List<FieldProblem> problems = new ArrayList<>();
        if (c.kind() == null) {
            problems.add(new FieldProblem("kind", "marketplace.product.kind.required", "choose what kind of product it is"));
        }
        String title = text(problems, "title", c.title(), MarketplaceLimits.MAX_NAME);
        String description = text(problems, "description", c.description(), MarketplaceLimits.MAX_DESCRIPTION);
        String link = Texts.strippedOrNull(c.link());
        if (link != null && !isWebLink(link)) {
            problems.add(new FieldProblem("link", "marketplace.product.link", "the link must be a web address starting with http:// or https://"));
        }
        refuseIf(problems);
        return new ProductCommand(c.kind(), title, description, link, c.image(), c.removeImage());
    }

    /** An absolute http or https address with a host: no javascript:, data: or relative links on the public page. */
    static boolean isWebLink(String link) {
        if (link.length() > MarketplaceLimits.MAX_LINK) {
            return false;
        }
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    static void checkSlot(LocalDateTime start, int minutes, List<StageSlotRow> slots) {
        if (start == null) {
            throw InvalidInputException.of("startsAt", "marketplace.slot.start.required", "give the slot's start");
        }
        if (minutes < MarketplaceLimits.MIN_SLOT_MINUTES || minutes > MarketplaceLimits.MAX_SLOT_MINUTES) {
            throw InvalidInputException.of("minutes", "marketplace.slot.length", "a slot lasts 5 to 120 minutes");
        }
        LocalDateTime end = start.plusMinutes(minutes);
        for (StageSlotRow s : slots) {
            if (start.isBefore(s.endsAt()) && s.startsAt().isBefore(end)) {
                throw new ConflictException("startsAt", "marketplace.slot.overlap", "the slot overlaps another slot at the stage");
            }
        }
    }

    private static String text(List<FieldProblem> problems, String field, String value, int max) {
        String text = Texts.strippedOrNull(value);
        if (text == null) {
            problems.add(new FieldProblem(field, "marketplace.required", "required"));
        } else if (text.length() > max) {
            problems.add(new FieldProblem(field, "marketplace.too-long", "at most " + max + " characters"));
        }
        return text;
    }

    private static void refuseIf(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
