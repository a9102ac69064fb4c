package org.ekyc.sim.wss;

import java.util.function.Supplier;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.UnsupportedCallbackException;
import org.apache.wss4j.common.ext.WSPasswordCallback;

/**
 * Gives WSS4J the password it recomputes a UsernameToken's digest with — only for the one user the
 * peer knows. For any other user no password is set, and WSS4J refuses the token
 * (FailedAuthentication), exactly as for a wrong password.
 */
public final class UsernameTokenPasswords implements CallbackHandler {

    private final Supplier<PeerCredentials> expected;

    /** @param expected read on every request, so a rotated password applies at once */
    public UsernameTokenPasswords(Supplier<PeerCredentials> expected) {
        this.expected = expected;
    }

    @Override
    public void handle(Callback[] callbacks) throws UnsupportedCallbackException {
        for (Callback callback : callbacks) {
            if (!(callback instanceof WSPasswordCallback pc) || pc.getUsage() != WSPasswordCallback.USERNAME_TOKEN) {
                throw new UnsupportedCallbackException(callback, "only UsernameToken passwords are looked up");
            }
            PeerCredentials credentials = expected.get();
            if (credentials.user().equals(pc.getIdentifier())) {
                pc.setPassword(credentials.password());
            }
        }
    }
}
