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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
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
    /** A bound SQL NULL (Map.copyOf refuses null values). */
    private static final Object NULL = new Object();
    /** While recording: every statement (and commit) with its SQL, thread and caller; see {@link #record}. */
    private volatile Queue<Recorded> recording;

    /**
     * One statement as sent: its SQL ("COMMIT" for a commit), how many batch entries, which thread, who called,
     * and the parameters last bound (by index, for a prepared statement; empty otherwise).
     */
    record Recorded(String sql, int batched, String thread, String caller, Map<Integer, Object> params) {

        /** The SQL with its parameters written in (for EXPLAIN): strings quoted, dates as strings. */
        String inlined() {
            StringBuilder out = new StringBuilder();
            int index = 0;
            boolean quoted = false;
            for (char c : sql.toCharArray()) {
                if (c == '\'') {
                    quoted = !quoted;
                }
                if (c == '?' && !quoted) {
                    Object value = params.get(++index);
                    out.append(value == null ? "NULL" : value instanceof Number || value instanceof Boolean ? value.toString()
                            : "'" + value.toString().replace("'", "''") + "'");
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }
    }

    public CountingDataSource(DataSource target) {
        super(target);
    }

    public long statements() {
        return statements.sum();
    }

    public long commits() {
        return commits.sum();
    }

    /** Starts recording every statement and commit (for the SQL profile, not for timed runs). */
    public void record() {
        recording = new ConcurrentLinkedQueue<>();
    }

    /** Stops recording and returns what was sent since {@link #record()}. */
    public List<Recorded> stopRecording() {
        Queue<Recorded> recorded = recording;
        recording = null;
        return recorded == null ? List.of() : List.copyOf(recorded);
    }

    private void recorded(String sql, int batched) {
        recorded(sql, batched, Map.of());
    }

    private void recorded(String sql, int batched, Map<Integer, Object> params) {
        Queue<Recorded> queue = recording;
        if (queue != null) {
            queue.add(new Recorded(sql, batched, Thread.currentThread().getName(), caller(), Map.copyOf(params)));
        }
    }

    /** The first Lifeline frame (not this package) and the first Camunda command or manager on the stack. */
    private static String caller() {
        String lifeline = null;
        String camunda = null;
        for (StackTraceElement frame : Thread.currentThread().getStackTrace()) {
            String type = frame.getClassName();
            if (lifeline == null && type.startsWith("com.lifeline.") && !type.startsWith("com.lifeline.bench.")
                    && !type.contains("$$")) {
                lifeline = type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethodName();
            }
            if (camunda == null && type.startsWith("org.camunda.bpm.engine.impl.")
                    && (type.endsWith("Cmd") || type.endsWith("Manager") || type.endsWith("Listener")
                    || type.contains("HistoryEventHandler") || type.contains(".cmd."))) {
                camunda = type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethodName();
            }
        }
        return (lifeline == null ? "-" : lifeline) + " / " + (camunda == null ? "-" : camunda);
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
        return proxy(Connection.class, connection, (method, args, result) -> {
            String name = method.getName();
            if (name.equals("commit")) {
                commits.increment();
                recorded("COMMIT", 0);
            } else if (result instanceof Statement statement
                    && (name.equals("createStatement") || name.startsWith("prepare"))) {
                return countingStatement(statement, name.startsWith("prepare") ? (String) args[0] : null);
            }
            return result;
        });
    }

    private Object countingStatement(Statement statement, String preparedSql) {
        Class<?> type = statement instanceof java.sql.CallableStatement ? java.sql.CallableStatement.class
                : statement instanceof java.sql.PreparedStatement ? java.sql.PreparedStatement.class : Statement.class;
        LongAdder batched = new LongAdder();
        Map<Integer, Object> params = new HashMap<>();
        return proxyFor(type, statement, (method, args, result) -> {
            String name = method.getName();
            if (recording != null && name.startsWith("set") && args != null && args.length >= 2
                    && args[0] instanceof Integer index) {
                params.put(index, name.equals("setNull") ? NULL : args[1] == null ? NULL : args[1]);
            } else if (name.equals("clearParameters")) {
                params.clear();
            } else if (name.equals("addBatch")) {
                batched.increment();
            } else if (name.equals("clearBatch")) {
                batched.reset();
            } else if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
                long entries = batched.sumThenReset();
                statements.add(entries);
                recorded(preparedSql, (int) entries);
            } else if (name.startsWith("execute")) {
                statements.increment();
                recorded(args != null && args.length > 0 && args[0] instanceof String sql ? sql : preparedSql, 0,
                        params.entrySet().stream().filter(e -> e.getValue() != NULL)
                                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
            }
            return result;
        });
    }

    private interface AfterCall {
        Object apply(Method method, Object[] args, Object result) throws Exception;
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
            return after.apply(method, args, result);
        };
        return Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(), new Class<?>[]{type}, handler);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, AfterCall after) {
        return (T) proxyFor(type, target, after);
    }
}
