/**
 * Shared kernel: the database (embedded or external), the error vocabulary every module speaks,
 * and the module annotation the architecture test reads. Depends on no other module.
 */
@ApplicationModule(name = "platform")
package org.convene.platform;
