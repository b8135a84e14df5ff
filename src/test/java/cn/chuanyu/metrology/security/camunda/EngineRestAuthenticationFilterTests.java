package cn.chuanyu.metrology.security.camunda;

import cn.chuanyu.metrology.security.CurrentUser;
import cn.chuanyu.metrology.security.Role;
import jakarta.servlet.ServletException;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

class EngineRestAuthenticationFilterTests {

    private final IdentityService identity = mock(IdentityService.class);
    private final EngineRestAuthenticationFilter filter = new EngineRestAuthenticationFilter(identity);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theCallRunsAsTheSignedInPersonAndTheEngineForgetsHimEvenWhenItFails() {
        CurrentUser supervisor = new CurrentUser("li.na", "hash", "李娜", Role.SUPERVISOR, "CQ", 7L, true, false);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(supervisor, null, supervisor.getAuthorities()));

        assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest("GET", "/engine-rest/task"),
                new MockHttpServletResponse(), (request, response) -> {
                    throw new ServletException("engine failed");
                })).isInstanceOf(ServletException.class);

        var order = inOrder(identity);
        order.verify(identity).setAuthentication("li.na", List.of("supervisor-cq"), List.of());
        order.verify(identity).clearAuthentication();
    }

    @Test
    void nobodySignedInGets401AndTheEngineIsNotCalled() throws Exception {
        var response = new MockHttpServletResponse();

        filter.doFilter(new MockHttpServletRequest("GET", "/engine-rest/task"), response,
                (request, ignored) -> { throw new AssertionError("must not reach the engine"); });

        assertThat(response.getStatus()).isEqualTo(401);
        verifyNoInteractions(identity);
    }
}
