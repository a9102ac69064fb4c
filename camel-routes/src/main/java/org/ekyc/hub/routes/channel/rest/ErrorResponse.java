package org.ekyc.hub.routes.channel.rest;

/** JSON error body: a stable reason code, the field at fault (if any), and a message in the caller's language. */
public record ErrorResponse(String code, String field, String message) {
}
