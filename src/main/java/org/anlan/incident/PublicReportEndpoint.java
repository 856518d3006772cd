package org.anlan.incident;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.NumberSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.anlan.platform.error.ApiProblems;
import org.springdoc.core.customizers.OpenApiCustomizer;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** Mounts {@link PublicReportServlet} at its exact path and documents it in the OpenAPI description. */
@Configuration(proxyBeanMethods = false)
class PublicReportEndpoint {

    @Bean
    ServletRegistrationBean<PublicReportServlet> publicReportServlet(IncidentDesk desk, PublicReportLimiter limiter,
                                                                      ApiProblems problems, JsonMapper json) {
        var registration = new ServletRegistrationBean<>(new PublicReportServlet(desk, limiter, problems, json),
                PublicReportServlet.PATH);
        registration.setName("publicReports");
        registration.setLoadOnStartup(1);
        return registration;
    }

    /**
     * POSTs to the intake path are answered before any other filter runs (request metrics, locale, security,
     * dispatcher): under a surge every request costs only its own work. Other methods continue to the servlet
     * mapping, through the security chain, and get their 405 there.
     */
    @Bean
    FilterRegistrationBean<Filter> publicReportFastPath(ServletRegistrationBean<PublicReportServlet> servlet) {
        Filter fastPath = (request, response, chain) -> {
            if (request instanceof HttpServletRequest http && "POST".equals(http.getMethod())
                    && PublicReportServlet.PATH.equals(http.getRequestURI())) {
                servlet.getServlet().service(request, response);
            } else {
                chain.doFilter(request, response);
            }
        };
        var registration = new FilterRegistrationBean<>(fastPath);
        registration.setName("publicReportFastPath");
        registration.addUrlPatterns(PublicReportServlet.PATH);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    OpenApiCustomizer publicReportDocumentation() {
        return openApi -> {
            Schema<?> report = new ObjectSchema()
                    .addProperty("type", new StringSchema().description("incident type code, see GET /api/incident-types"))
                    .addProperty("lat", new NumberSchema()).addProperty("lon", new NumberSchema())
                    .addProperty("township", new StringSchema().description("9-digit township code when no point is known"))
                    .addProperty("address", new StringSchema())
                    .addProperty("occurredAt", new StringSchema().format("date-time"))
                    .addProperty("description", new StringSchema().maxLength(IncidentDesk.MAX_DESCRIPTION))
                    .addProperty("dead", new IntegerSchema()).addProperty("missing", new IntegerSchema())
                    .addProperty("seriouslyInjured", new IntegerSchema()).addProperty("injured", new IntegerSchema())
                    .addProperty("directLossYuan", new IntegerSchema().format("int64"))
                    .addProperty("reporterName", new StringSchema()).addProperty("reporterPhone", new StringSchema());
            Schema<?> created = new ObjectSchema().addProperty("id", new StringSchema().format("uuid"))
                    .addProperty("created", new Schema<Boolean>().type("boolean"));
            var operation = new Operation().addTagsItem("public")
                    .summary("Report an incident without an account; Idempotency-Key makes retries safe")
                    .addParametersItem(new HeaderParameter().name("Idempotency-Key").schema(new StringSchema().maxLength(100)))
                    .requestBody(new RequestBody().required(true)
                            .content(new Content().addMediaType("application/json", new MediaType().schema(report))))
                    .responses(new ApiResponses()
                            .addApiResponse("201", new ApiResponse().description("stored durably")
                                    .content(new Content().addMediaType("application/json", new MediaType().schema(created))))
                            .addApiResponse("400", new ApiResponse().description("invalid report (problem with code)"))
                            .addApiResponse("409", new ApiResponse().description("idempotency key reused for another report"))
                            .addApiResponse("413", new ApiResponse().description("body over 64 KB"))
                            .addApiResponse("415", new ApiResponse().description("not application/json"))
                            .addApiResponse("429", new ApiResponse().description("too many reports from this client")));
            openApi.path(PublicReportServlet.PATH, new PathItem().post(operation));
        };
    }
}
