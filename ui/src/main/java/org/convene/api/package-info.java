/**
 * The REST API under /api/v1: thin controllers over the modules' public facades. Errors are
 * RFC 7807 problem details; every endpoint declares who may call it.
 */
package org.convene.api;
