package org.convene.marketplace;

/** What an exhibitor shows at the marketplace. */
public enum ProductKind {
    MAP,
    PUBLICATION,
    NETWORK,
    TOOL
}
