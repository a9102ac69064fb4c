package org.ekyc.hub.routes.peer;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import org.apache.camel.ProducerTemplate;
import org.ekyc.hub.verification.api.peer.PeerException;

/**
 * The engine-facing port of a government SOAP peer, implemented once for every such peer over the
 * peer's route ({@link SoapPeerRoutes}): the port's one method sends its query to the route, whose
 * answer is the typed result or the typed error, which is thrown.
 */
public final class SoapPeerPort {

    private SoapPeerPort() {
    }

    /**
     * {@code port} (an interface with one method taking the query, e.g. {@code ResidentRegistryPort})
     * through the route at {@code route}.
     */
    public static <P> P of(Class<P> port, ProducerTemplate template, String route) {
        String name = "SoapPeerPort[" + port.getSimpleName() + " via " + route + "]";
        InvocationHandler handler = (proxy, method, args) -> switch (method.getName()) {
            case "toString" -> name;
            case "hashCode" -> System.identityHashCode(proxy);
            case "equals" -> proxy == args[0];
            default -> ask(template, route, args[0], method.getReturnType());
        };
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, handler));
    }

    /** Asks the peer through its {@code route}: the typed result, or the typed error thrown. */
    static <T> T ask(ProducerTemplate template, String route, Object query, Class<T> type)
            throws PeerException {
        Object body = template.requestBody(route, query);
        if (body instanceof PeerException e) {
            throw e;
        }
        return type.cast(body);
    }
}
