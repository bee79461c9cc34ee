package com.lifeline.navigation;

import com.lifeline.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** A Lifeline page opens only for the groups its navigation entry lists: the link and the page agree. */
@Configuration(proxyBeanMethods = false)
class PageAccessInterceptor implements WebMvcConfigurer {

    private final Navigation navigation;

    PageAccessInterceptor(Navigation navigation) {
        this.navigation = navigation;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                    throws Exception {
                Authentication auth = SecurityContextHolder.getContext().getAuthentication();
                if (auth == null || auth instanceof AnonymousAuthenticationToken
                        || navigation.mayOpen(CurrentUser.of(auth), request.getRequestURI())) {
                    return true;
                }
                response.sendError(HttpStatus.FORBIDDEN.value());
                return false;
            }
        }).excludePathPatterns("/api/**", "/camunda/**", "/engine-rest/**", "/c/**", "/error");
    }
}
