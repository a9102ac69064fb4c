package org.ekyc.hub.routes.channel.rest;

import java.util.List;

/** A liveness challenge for the app: the nonce to send back, the actions in order, the deadline. */
public record ChallengeResponse(String nonce, List<String> actions, String expiresAt) {
}
