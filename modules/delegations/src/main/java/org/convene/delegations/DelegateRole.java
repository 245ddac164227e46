package org.convene.delegations;

/** A person's role inside their delegation or mechanism. */
public enum DelegateRole {
    HEAD_OF_DELEGATION,
    DELEGATE,
    ADVISER,
    SUPPORT_STAFF
}
