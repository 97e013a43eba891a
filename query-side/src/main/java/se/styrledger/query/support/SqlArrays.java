package se.styrledger.query.support;

import org.springframework.jdbc.core.support.AbstractSqlTypeValue;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** PostgreSQL arrays ({@code uuid[]}, {@code text[]}) as statement parameters and back as lists. */
public final class SqlArrays {

    private SqlArrays() {
    }

    /** A parameter for a column of type {@code elementType[]}. */
    public static AbstractSqlTypeValue of(String elementType, List<?> values) {
        return new AbstractSqlTypeValue() {
            @Override
            protected Object createTypeValue(Connection connection, int sqlType, String typeName) throws SQLException {
                return connection.createArrayOf(elementType, values.toArray());
            }
        };
    }

    public static List<UUID> uuids(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(UUID.class::cast).toList();
    }

    public static List<String> strings(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String.class::cast).toList();
    }
}
