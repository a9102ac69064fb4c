package org.ekyc.hub.routes.channel.rest;

/** JSON body of {@code POST /api/v1/cases/{id}/consent}: which notice the applicant accepted, in which language. */
public record ConsentRequest(String noticeVersion, String language, Integer templateRetentionDays) {
}
