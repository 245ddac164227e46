package org.convene.partnerships;

import io.micronaut.core.annotation.Nullable;

/**
 * A search of the catalogue; every filter is optional and they combine.
 *
 * @param sdg      one goal ("10": the goal and all its targets) or one target ("10.7": that target)
 * @param words    words that must each appear in the name, aim or partners (case and accents ignored)
 * @param location words of the place, or a state's name or ISO code (which also finds its cities and regions)
 * @param region   a world region: the UN M49 code of a continent ({@code 002} Africa, {@code 019} Americas, {@code 142} Asia,
 *                 {@code 150} Europe, {@code 009} Oceania), which finds the practices of its states
 * @param page     from 1
 * @param size     1 to {@link PracticeLimits#PAGE_SIZE_MAX}
 */
public record PracticeQuery(@Nullable String sdg, @Nullable String words, @Nullable String location, @Nullable String region, int page,
                            int size) {
    public PracticeQuery(@Nullable String sdg, @Nullable String words, @Nullable String location, int page, int size) {
        this(sdg, words, location, null, page, size);
    }

    public static PracticeQuery all() {
        return new PracticeQuery(null, null, null, 1, PracticeLimits.PAGE_SIZE_DEFAULT);
    }
}
