package se.styrledger.platform.eventstore;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.springframework.jdbc.datasource.DataSourceUtils;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;

/**
 * Axon's connections, taken from Spring's transaction like Axon's own Spring provider, but leaving the end of a
 * transaction Spring owns to Spring: a {@code commit()} or {@code rollback()} Axon calls on such a connection (its unit of
 * work does when a command fails) is not sent to the database; Spring's transaction manager commits or rolls back.
 * Axon's own provider holds back only the commit, so a refused command rolled back the whole transaction around it,
 * and a migration could not check its next line in a savepoint (ADR 0162). A connection outside any Spring
 * transaction is committed and rolled back as asked.
 */
public final class SpringOwnedConnections implements ConnectionProvider {

    private final DataSource dataSource;

    public SpringOwnedConnections(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Connection getConnection() {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{Connection.class},
                (proxy, method, args) -> {
                    boolean owned = DataSourceUtils.isConnectionTransactional(connection, dataSource);
                    switch (method.getName()) {
                        case "close":
                            DataSourceUtils.releaseConnection(connection, dataSource);
                            return null;
                        case "commit":
                            if (owned) {
                                return null;
                            }
                            break;
                        case "rollback":
                            if (owned && (args == null || args.length == 0)) {
                                return null;
                            }
                            break;
                        default:
                            break;
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
