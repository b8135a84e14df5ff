package cn.chuanyu.metrology.security.camunda;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;

import java.util.List;

/**
 * Tells Camunda's webapps who is signed in: the person of the Spring Security session, so nobody signs in to
 * Cockpit, Admin or Tasklist a second time. Camunda instantiates it by class name, hence public.
 */
public class SpringSessionAuthenticationProvider implements AuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        return EngineUser.signedIn().map(user -> {
            AuthenticationResult result = AuthenticationResult.successful(user.userId());
            result.setGroups(user.groupIds());
            result.setTenants(List.of());
            return result;
        }).orElseGet(AuthenticationResult::unsuccessful);
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        // the Spring Security session is the only way in: there is no challenge of Camunda's own
    }
}
