package cn.chuanyu.metrology;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Starts the whole application on a random port with the embedded PostgreSQL and GreenMail as real servers.
 * Every test class that uses this annotation, and nothing else that changes the context, shares one
 * application context, so one database and one mail server serve all the test classes of a test JVM (the build runs
 * two, see forkCount in pom.xml).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public @interface IntegrationTest {
}
