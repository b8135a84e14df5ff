package cn.chuanyu.metrology.system;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

import java.util.Set;

/**
 * Makes the process engine wait for Flyway: on an empty database the engine would otherwise create its
 * tables first, and Flyway would then refuse the non-empty database. Registered in META-INF/spring.factories.
 */
public class EngineStartsAfterMigrations extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

    @Override
    protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
        return Set.of(ProcessEngine.class, ProcessEngineFactoryBean.class);
    }
}
