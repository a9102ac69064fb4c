package org.ekyc.hub.routes.bootstrap;

import jakarta.jms.ConnectionFactory;
import java.util.function.Function;
import org.ekyc.hub.verification.api.DeploymentMode;
import org.jboss.logging.Logger;
import org.springframework.jms.connection.UserCredentialsConnectionFactoryAdapter;

/**
 * The hub's own JMS identity on the broker it reaches through JNDI ({@code kyc.mq.user} /
 * {@code kyc.mq.password}, overridden by {@code KYC_MQ_USER} / {@code KYC_MQ_PASSWORD}): the user of
 * role {@code kyc-hub} that wildfly-config provisions. Every connection the hub opens names it, because
 * an in-VM connection to WildFly's embedded broker that names no user is the server's internal user
 * with every right. The development-only default password is logged at WARN and refused when
 * {@code KYC_MODE=production} ({@link DeploymentMode}). The IBM MQ provider has its own
 * {@code kyc.ibmmq.user} / {@code kyc.ibmmq.password}, checked by the queue manager.
 *
 * @param user     the user name, never blank
 * @param password its password, never empty (never logged)
 */
public record JmsCredentials(String user, String password) {

    static final String USER = "kyc.mq.user";
    static final String PASSWORD = "kyc.mq.password";
    private static final String DEV_ONLY_PREFIX = "dev-only-";
    private static final Logger LOG = Logger.getLogger(JmsCredentials.class);

    public JmsCredentials {
        if (user == null || user.isBlank()) {
            throw new IllegalStateException(USER + " (KYC_MQ_USER) must not be empty: a JMS connection without a user "
                    + "would be the server's internal in-VM user");
        }
        if (password == null || password.isEmpty()) {
            throw new IllegalStateException(PASSWORD + " (KYC_MQ_PASSWORD) must not be empty");
        }
        user = user.trim();
    }

    /**
     * The configured credentials; a development-only password is refused in production and logged at
     * WARN otherwise.
     *
     * @param setting the hub's settings by key (Camel's properties: kyc-hub.properties, environment,
     *                system properties)
     * @throws IllegalStateException for an empty setting, or a development password in production
     */
    public static JmsCredentials from(Function<String, String> setting) {
        JmsCredentials credentials = new JmsCredentials(setting.apply(USER), setting.apply(PASSWORD));
        if (credentials.isDevelopmentDefault()) {
            DeploymentMode.current().refuseDevelopmentSecret("KYC_MQ_PASSWORD (" + PASSWORD + ")",
                    "the development-only JMS password of the hub's user " + credentials.user());
            LOG.warnf("JMS user '%s' with the development-only default password; set KYC_MQ_USER / KYC_MQ_PASSWORD "
                    + "(and the user's password in the application realm) for a real deployment", credentials.user());
        }
        return credentials;
    }

    /** True for a password of the repository's defaults ({@code dev-only-}...). */
    public boolean isDevelopmentDefault() {
        return password.startsWith(DEV_ONLY_PREFIX);
    }

    /**
     * {@code target} with these credentials on every connection it opens, including
     * {@code createConnection()} without arguments (the JMS component's and the readiness check's).
     */
    public ConnectionFactory authenticating(ConnectionFactory target) {
        UserCredentialsConnectionFactoryAdapter adapter = new UserCredentialsConnectionFactoryAdapter();
        adapter.setTargetConnectionFactory(target);
        adapter.setUsername(user);
        adapter.setPassword(password);
        return adapter;
    }

    @Override
    public String toString() {
        return "JmsCredentials[user=" + user + ", password=***]";
    }
}
