package org.convene.partnerships.internal;

import java.util.List;
import org.convene.platform.SdgRef;

/** A practice that passed {@link PracticeRules}: texts stripped, blanks null, references parsed, fingerprint made. */
record Checked(String name, String link, String sdgText, List<SdgRef> sdgs, String period, String location, String countryCode,
               String aim, String partners, String source, String fingerprint) {
}
