package com.lifeline.bench;

import org.springframework.jdbc.datasource.DelegatingDataSource;

import javax.sql.DataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the SQL statements and commits the app sends through its own pool's connections, so the
 * benchmark's figure is this app's work and nothing else on the server. A batch counts one statement
 * per batched entry. A copy of bench/vanilla's class of the same name: the baseline
 * shares no code with Lifeline. Wrapped around the app's pool by {@link CountedDataSourceConfiguration}.
 */
class CountingDataSource extends DelegatingDataSource implements AutoCloseable {

    private final LongAdder statements = new LongAdder();
    private final LongAdder commits = new LongAdder();

    public CountingDataSource(DataSource target) {
        super(target);
    }

    public long statements() {
        return statements.sum();
    }

    public long commits() {
        return commits.sum();
    }

    @Override
    public Connection getConnection() throws SQLException {
        return counting(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return counting(super.getConnection(username, password));
    }

    /** Closes the pool behind it (Spring calls the pool bean's close method on this wrapper). */
    @Override
    public void close() throws Exception {
        if (getTargetDataSource() instanceof AutoCloseable pool) {
            pool.close();
        }
    }

    private Connection counting(Connection connection) {
        return proxy(Connection.class, connection, (method, result) -> {
            String name = method.getName();
            if (name.equals("commit")) {
                commits.increment();
            } else if (result instanceof Statement statement
                    && (name.equals("createStatement") || name.startsWith("prepare"))) {
                return countingStatement(statement);
            }
            return result;
        });
    }

    private Object countingStatement(Statement statement) {
        Class<?> type = statement instanceof java.sql.CallableStatement ? java.sql.CallableStatement.class
                : statement instanceof java.sql.PreparedStatement ? java.sql.PreparedStatement.class : Statement.class;
        LongAdder batched = new LongAdder();
        return proxyFor(type, statement, (method, result) -> {
            String name = method.getName();
            if (name.equals("addBatch")) {
                batched.increment();
            } else if (name.equals("clearBatch")) {
                batched.reset();
            } else if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
                statements.add(batched.sumThenReset());
            } else if (name.startsWith("execute")) {
                statements.increment();
            }
            return result;
        });
    }

    private interface AfterCall {
        Object apply(Method method, Object result) throws Exception;
    }

    private static Object proxyFor(Class<?> type, Object target, AfterCall after) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("unwrap") || method.getName().equals("isWrapperFor")) {
                return method.invoke(target, args);
            }
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            return after.apply(method, result);
        };
        return Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(), new Class<?>[]{type}, handler);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, AfterCall after) {
        return (T) proxyFor(type, target, after);
    }
}
