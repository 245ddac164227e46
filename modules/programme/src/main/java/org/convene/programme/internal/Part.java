package org.convene.programme.internal;

/** How a person is named on a session. */
enum Part {
    CHAIR,
    SPEAKER,
    INVITED
}
