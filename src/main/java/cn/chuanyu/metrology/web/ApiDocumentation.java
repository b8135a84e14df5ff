package cn.chuanyu.metrology.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Map;
import java.util.TreeSet;

/**
 * The API's OpenAPI document: its title and version, how a client signs in (HTTP Basic, or the session cookie
 * that sign-in opened), and the problem+json answers every operation may give, beside its own success answer.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String PROBLEM = "Problem";
    static final String PROBLEM_JSON = "application/problem+json";
    private static final Map<String, String> PROBLEMS = Map.of(
            "400", "Invalid input: every invalid field with its reason in errors",
            "401", "Not signed in",
            "403", "Not allowed for this account",
            "404", "No such record, or one the caller may not see",
            "409", "In conflict with the current state (stale version, duplicate, lost race)",
            "503", "The database cannot be reached just now; try again after Retry-After seconds");

    @Bean
    OpenAPI apiDocument() {
        return new OpenAPI()
                .info(new Info().title("川渝计量监督检查 · chuanyu-metrology API").version("0.1.0")
                        .description("Joint metrology compliance inspections of the Sichuan and Chongqing market "
                                + "regulators: registry, campaigns and draws, inspections and tasks, recognition, "
                                + "public results. Errors are RFC 9457 problem+json in the caller's language "
                                + "(Accept-Language zh-CN or en).")
                        .contact(new Contact().name("chuanyu-metrology"))
                        .license(new License().name("Proprietary")))
                .addServersItem(new Server().url("/").description("this server"))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("basic").description("An account's username and password"))
                        .addSecuritySchemes("session", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.COOKIE).name("JSESSIONID")
                                .description("The session a sign-in opened (changes need the CSRF token too)"))
                        .addSchemas(PROBLEM, problemSchema()))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("session"));
    }

    /** Every operation answers its problems as problem+json, and has a summary and a tag. */
    @Bean
    GlobalOperationCustomizer problemAnswers() {
        return (operation, handler) -> {
            ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
            PROBLEMS.forEach((status, description) -> {
                if (!responses.containsKey(status)) {
                    responses.addApiResponse(status, problem(description));
                }
            });
            operation.setResponses(responses);
            if (operation.getSummary() == null) {
                operation.setSummary(words(handler.getMethod().getName()));
            }
            if (operation.getDescription() == null) {
                operation.setDescription(operation.getSummary() + ".");
            }
            return operation;
        };
    }

    /** The tags the operations use are declared once at the top of the document. */
    @Bean
    GlobalOpenApiCustomizer declaredTags() {
        return api -> {
            TreeSet<String> names = new TreeSet<>();
            if (api.getPaths() != null) {
                api.getPaths().values().forEach(path -> path.readOperations().stream()
                        .map(Operation::getTags).filter(tags -> tags != null).forEach(names::addAll));
            }
            names.stream().filter(name -> api.getTags() == null
                            || api.getTags().stream().noneMatch(tag -> tag.getName().equals(name)))
                    .forEach(name -> api.addTagsItem(new Tag().name(name).description(name)));
        };
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        ObjectSchema entry = new ObjectSchema();
        entry.addProperty("field", new StringSchema().example("regionCode"));
        entry.addProperty("reason", new StringSchema().example("region 500103 is not in province SC"));
        ObjectSchema problem = new ObjectSchema();
        problem.description("RFC 9457 problem details; errors lists each invalid field of a 400");
        problem.addProperty("type", new StringSchema().example("about:blank"));
        problem.addProperty("title", new StringSchema().example("Invalid input"));
        problem.addProperty("status", new IntegerSchema().example(400));
        problem.addProperty("detail", new StringSchema().example("The request has 1 invalid field(s)."));
        problem.addProperty("instance", new StringSchema().example("/api/registry/parties"));
        problem.addProperty("errors", new ArraySchema().items(entry));
        return problem;
    }

    /** {@code enterSeed} as "Enter seed". */
    private static String words(String methodName) {
        String spaced = methodName.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase();
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
