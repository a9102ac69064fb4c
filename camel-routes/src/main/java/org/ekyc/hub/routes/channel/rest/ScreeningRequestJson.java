package org.ekyc.hub.routes.channel.rest;

import java.util.List;

/** JSON body of {@code POST /api/v1/screening}: names in any script, optional birth date and nationality. */
public record ScreeningRequestJson(List<String> names, String birthDate, String nationality) {
}
