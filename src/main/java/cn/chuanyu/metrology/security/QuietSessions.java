package cn.chuanyu.metrology.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Puts {@link QuietSessionRepository} in front of the JDBC session repository Spring Boot configures, so the
 * session filter, sign-out and every other user of the repository go through it.
 */
@Component
class QuietSessions implements BeanPostProcessor {

    private final ObjectProvider<SessionTouchProperties> properties;

    QuietSessions(ObjectProvider<SessionTouchProperties> properties) {
        this.properties = properties;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof JdbcIndexedSessionRepository sessions) {
            return quiet(sessions);
        }
        return bean;
    }

    private <S extends Session> QuietSessionRepository<S> quiet(FindByIndexNameSessionRepository<S> sessions) {
        return new QuietSessionRepository<>(sessions, properties.getObject().touchInterval());
    }
}
