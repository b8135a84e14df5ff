package cn.chuanyu.metrology.security;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Keeps a request that only reads from writing its session: the database row is written when something in the
 * session changed, or when its stored last access is older than the touch interval (at most a tenth of the
 * session's timeout). Without this, spring-session-jdbc commits an update of every session on every request.
 */
final class QuietSessionRepository<S extends Session>
        implements FindByIndexNameSessionRepository<QuietSessionRepository.QuietSession<S>> {

    private final FindByIndexNameSessionRepository<S> sessions;
    private final Duration touchInterval;

    QuietSessionRepository(FindByIndexNameSessionRepository<S> sessions, Duration touchInterval) {
        this.sessions = sessions;
        this.touchInterval = touchInterval;
    }

    @Override
    public QuietSession<S> createSession() {
        return new QuietSession<>(sessions.createSession(), true, touchInterval);
    }

    @Override
    public void save(QuietSession<S> session) {
        session.beforeSave();
        sessions.save(session.stored);
    }

    @Override
    public QuietSession<S> findById(String id) {
        S stored = sessions.findById(id);
        return stored == null ? null : new QuietSession<>(stored, false, touchInterval);
    }

    @Override
    public void deleteById(String id) {
        sessions.deleteById(id);
    }

    @Override
    public Map<String, QuietSession<S>> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        var found = new LinkedHashMap<String, QuietSession<S>>();
        sessions.findByIndexNameAndIndexValue(indexName, indexValue)
                .forEach((id, stored) -> found.put(id, new QuietSession<>(stored, false, touchInterval)));
        return found;
    }

    /** A stored session whose last access reaches the store only when it is due or something else changed. */
    static final class QuietSession<S extends Session> implements Session {

        private final S stored;
        private final Duration touchInterval;
        private boolean changed;
        private Instant lastAccessed;

        private QuietSession(S stored, boolean created, Duration touchInterval) {
            this.stored = stored;
            this.changed = created;
            this.touchInterval = touchInterval;
        }

        /** Passes the last access on when it is due or when the session is written anyway. */
        private void beforeSave() {
            if (lastAccessed != null && (changed || touchDue())) {
                stored.setLastAccessedTime(lastAccessed);
            }
        }

        private boolean touchDue() {
            Duration tenth = stored.getMaxInactiveInterval().dividedBy(10);
            Duration interval = touchInterval.compareTo(tenth) < 0 ? touchInterval : tenth;
            return Duration.between(stored.getLastAccessedTime(), lastAccessed).compareTo(interval) >= 0;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            this.lastAccessed = lastAccessedTime;
        }

        @Override
        public Instant getLastAccessedTime() {
            return lastAccessed != null ? lastAccessed : stored.getLastAccessedTime();
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
            changed = true;
            return stored.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return stored.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            changed = true;
            stored.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            changed = true;
            stored.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            changed = true;
            stored.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }

        /** Expired by the stored last access, as every node and the database's clean-up see it. */
        @Override
        public boolean isExpired() {
            return stored.isExpired();
        }
    }
}
