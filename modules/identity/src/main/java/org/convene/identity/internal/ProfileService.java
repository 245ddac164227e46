package org.convene.identity.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.convene.identity.Profile;
import org.convene.identity.Profiles;
import org.convene.platform.NotFoundException;
import org.convene.platform.Problems;
import org.convene.platform.Texts;

@Singleton
@Transactional
class ProfileService implements Profiles {
    private final ProfileRows profiles;
    private final UserAccounts accounts;

    ProfileService(ProfileRows profiles, UserAccounts accounts) {
        this.profiles = profiles;
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public Profile of(long userId) {
        return profiles.findById(userId).map(ProfileRow::view).orElse(Profile.empty());
    }

    @Override
    public Profile update(long userId, Profile profile) {
        if (!accounts.existsById(userId)) {
            throw new NotFoundException("user", userId);
        }
        String bio = Texts.strippedOrNull(profile.bio());
        String interests = Texts.strippedOrNull(profile.interests());
        Problems problems = new Problems();
        problems.optionalText("bio", bio, Profile.BIO_MAX);
        problems.optionalText("interests", interests, Profile.INTERESTS_MAX);
        problems.throwIfAny();
        ProfileRow row = new ProfileRow(userId, bio, interests, profile.findable());
        return (profiles.existsById(userId) ? profiles.update(row) : profiles.save(row)).view();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Profile> findableByEmail(Collection<String> emails) {
        Map<String, Profile> found = new LinkedHashMap<>();
        if (!emails.isEmpty()) {
            profiles.findableByEmail(emails.stream().map(e -> e.toLowerCase(Locale.ROOT)).toList())
                    .forEach(r -> found.put(r.email().toLowerCase(Locale.ROOT), new Profile(r.bio(), r.interests(), true)));
        }
        return found;
    }
}
