package org.convene.mail.internal;

/** How a mail leaves: over SMTP, or into the log when no SMTP host is configured. */
interface MailTransport {
    /** @throws DeliveryFailure when the mail was not accepted */
    void send(OutboxMail mail) throws DeliveryFailure;

    /**
     * A refused delivery. {@code permanent} when trying again cannot help (the server refused the
     * address for good); {@code reason} names the kind of failure, never an address.
     */
    final class DeliveryFailure extends Exception {
        private final boolean permanent;

        DeliveryFailure(String reason, boolean permanent, Throwable cause) {
            super(reason, cause);
            this.permanent = permanent;
        }

        boolean permanent() {
            return permanent;
        }
    }
}
