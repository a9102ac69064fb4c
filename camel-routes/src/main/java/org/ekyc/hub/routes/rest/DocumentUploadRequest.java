package org.ekyc.hub.routes.rest;

/**
 * JSON body of {@code POST /api/v1/cases/{id}/document}: one photo of the document (Base64 JPEG or
 * PNG) and, optionally, the layout the app asked the customer to photograph.
 */
public record DocumentUploadRequest(String image, String expectedType) {
}
