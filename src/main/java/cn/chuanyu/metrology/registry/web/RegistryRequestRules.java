package cn.chuanyu.metrology.registry.web;

import cn.chuanyu.metrology.kernel.FieldProblem;
import cn.chuanyu.metrology.kernel.RequestRules;
import cn.chuanyu.metrology.registry.PartyRules;
import cn.chuanyu.metrology.registry.ReferenceData;
import cn.chuanyu.metrology.registry.StaffRegister;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.function.Function;

/** The registry's rules for the bodies of its API, checked with the bodies' own constraints in one answer. */
@Configuration(proxyBeanMethods = false)
class RegistryRequestRules {

    @Bean
    RequestRules<CreatePartyRequest> createPartyRules(ReferenceData reference) {
        return rules(CreatePartyRequest.class, request -> new PartyRules(reference.codes()).check(request.toDraft()));
    }

    @Bean
    RequestRules<UpdatePartyRequest> updatePartyRules(ReferenceData reference) {
        return rules(UpdatePartyRequest.class, request -> new PartyRules(reference.codes()).check(request.toDraft()));
    }

    @Bean
    RequestRules<CreateStaffRequest> createStaffRules(StaffRegister staff) {
        return rules(CreateStaffRequest.class, request -> staff.problems(request.toDraft()));
    }

    @Bean
    RequestRules<UpdateStaffRequest> updateStaffRules(StaffRegister staff) {
        return rules(UpdateStaffRequest.class, request -> staff.problems(request.toDraft()));
    }

    static <T> RequestRules<T> rules(Class<T> type, Function<T, List<FieldProblem>> check) {
        return new RequestRules<>() {
            @Override
            public Class<T> requestType() {
                return type;
            }

            @Override
            public List<FieldProblem> problems(T request) {
                return check.apply(request);
            }
        };
    }
}
