package com.lifeline.designer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.lifeline.web.InvalidRequestException;
import org.camunda.bpm.application.AbstractProcessApplication;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.xml.ModelException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Deploys models and forms for process designers. Every deployment holds the whole set (the models and
 * forms packaged with the app, with uploaded files replacing those of the same name), under the process
 * application's deployment name: the models bind their forms with {@code formRefBinding="deployment"},
 * so a model must always be deployed together with its forms. Duplicate filtering makes an unchanged set a
 * no-op instead of a new version of every process.
 */
@Service
public class DesignerDeployments {

    private static final Logger log = LoggerFactory.getLogger(DesignerDeployments.class);

    /** The name @EnableProcessApplication("lifeline") deploys under; duplicate filtering compares within it. */
    static final String DEPLOYMENT_NAME = "lifeline";

    private static final ObjectMapper FORM_JSON = new ObjectMapper();
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,120}\\.(bpmn|dmn|form)");

    private final RepositoryService repository;
    private final ObjectProvider<AbstractProcessApplication> processApplication;

    DesignerDeployments(RepositoryService repository, ObjectProvider<AbstractProcessApplication> processApplication) {
        this.repository = repository;
        this.processApplication = processApplication;
    }

    /** A file a designer uploaded: its plain file name (e.g. customer-entry.bpmn) and content. */
    public record Upload(String fileName, byte[] content) {
    }

    public record DeployedDefinition(String key, int version, String id) {
    }

    /** What happened: {@code changed} is false when the set equals the latest deployment (nothing new). */
    public record Result(String deploymentId, boolean changed, List<DeployedDefinition> processDefinitions,
                         List<String> resources) {
    }

    public Result deploy(String designer, List<Upload> uploads) {
        Map<String, byte[]> resources = packagedResources();
        Set<String> uploaded = new TreeSet<>();
        for (Upload upload : uploads) {
            String name = resourceName(upload.fileName());
            if (name.endsWith(".bpmn")) {
                requireWellFormedBpmn(upload);
            }
            resources.put(name, upload.content());
            uploaded.add(name);
        }
        requireOneFilePerKey(resources, uploaded);

        AbstractProcessApplication application = processApplication.getIfAvailable();
        // through the process application, like the start-up deployment: same source, so the same lineage
        DeploymentBuilder builder = application != null
                ? repository.createDeployment(application.getReference())
                : repository.createDeployment();
        builder.name(DEPLOYMENT_NAME).enableDuplicateFiltering(false);
        resources.forEach((name, content) -> builder.addInputStream(name, new ByteArrayInputStream(content)));

        DeploymentWithDefinitions deployment;
        try {
            deployment = builder.deployWithResult();
        } catch (ParseException e) {
            throw new InvalidRequestException("files", "the models do not deploy: " + e.getMessage());
        } catch (ProcessEngineException e) {
            // ENGINE-09xxx: the engine could not read a resource (XML, form); anything else is ours, not the designer's
            if (e.getMessage() != null && e.getMessage().startsWith("ENGINE-09")) {
                throw new InvalidRequestException("files", "the models do not deploy: " + e.getMessage());
            }
            throw e;
        }
        List<ProcessDefinition> definitions = deployment.getDeployedProcessDefinitions();
        List<DeployedDefinition> deployed = definitions == null ? List.of() : definitions.stream()
                .map(d -> new DeployedDefinition(d.getKey(), d.getVersion(), d.getId())).toList();
        log.info("Designer {} deployed {} file(s) ({} uploaded): deployment {}, new definitions {}",
                designer, resources.size(), uploads.size(), deployment.getId(), deployed);
        return new Result(deployment.getId(), !deployed.isEmpty(), deployed, List.copyOf(resources.keySet()));
    }

    private static void requireWellFormedBpmn(Upload upload) {
        try {
            Bpmn.readModelFromStream(new ByteArrayInputStream(upload.content()));
        } catch (ModelException e) {
            throw new InvalidRequestException("files", upload.fileName() + " is not a valid BPMN file: " + e.getMessage());
        }
    }

    /**
     * The engine refuses a deployment with two files defining the same process or form id (a model saved
     * under a new name in the Modeler): name the file that already holds it, so the designer can upload
     * under that name instead.
     */
    private static void requireOneFilePerKey(Map<String, byte[]> resources, Set<String> uploaded) {
        Map<String, String> fileOfKey = new HashMap<>();
        for (String name : resources.keySet()) {
            for (String key : definitionKeys(name, resources.get(name))) {
                // processes and forms are keyed separately: a form may share its process's id
                String other = fileOfKey.putIfAbsent(name.substring(name.lastIndexOf('.')) + ":" + key, name);
                if (other != null && (uploaded.contains(name) || uploaded.contains(other))) {
                    String upload = uploaded.contains(name) ? name : other;
                    String holder = upload.equals(name) ? other : name;
                    throw new InvalidRequestException("files", "file " + fileName(upload) + " defines id '" + key
                            + "', which " + (uploaded.contains(holder) ? "the uploaded " : "the packaged ") + holder
                            + " already defines: upload it as " + fileName(holder) + " to replace that file, or give it a new id");
                }
            }
        }
    }

    /** Process ids of a BPMN model, decision ids of a DMN model, the id of a form: what the engine keys definitions by. */
    private static List<String> definitionKeys(String name, byte[] content) {
        try {
            if (name.endsWith(".bpmn")) {
                return Bpmn.readModelFromStream(new ByteArrayInputStream(content)).getModelElementsByType(Process.class)
                        .stream().map(Process::getId).toList();
            }
            if (name.endsWith(".dmn")) {
                return Dmn.readModelFromStream(new ByteArrayInputStream(content)).getModelElementsByType(Decision.class)
                        .stream().map(Decision::getId).toList();
            }
            if (name.endsWith(".form")) {
                String id = FORM_JSON.readTree(content).path("id").asText("");
                return id.isEmpty() ? List.of() : List.of(id);
            }
        } catch (ModelException | IOException unreadable) {
            // left to the engine, whose message says what is wrong with the file
        }
        return List.of();
    }

    private static String fileName(String resourceName) {
        return resourceName.substring(resourceName.lastIndexOf('/') + 1);
    }

    /** processes/ and forms/ as packaged with the app (what start-up deploys). */
    static Map<String, byte[]> packagedResources() {
        Map<String, byte[]> resources = new TreeMap<>();
        var resolver = new PathMatchingResourcePatternResolver();
        try {
            for (String pattern : List.of("classpath*:processes/*.bpmn", "classpath*:processes/*.dmn", "classpath*:forms/*.form")) {
                String folder = pattern.substring("classpath*:".length(), pattern.indexOf('/') + 1);
                for (Resource resource : resolver.getResources(pattern)) {
                    try (InputStream in = resource.getInputStream()) {
                        resources.put(folder + resource.getFilename(), in.readAllBytes());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the packaged models and forms", e);
        }
        return resources;
    }

    /** processes/NAME.bpmn|dmn or forms/NAME.form: the names start-up uses, so the files replace packaged ones. */
    static String resourceName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        if (!FILE_NAME.matcher(name).matches()) {
            throw new InvalidRequestException("files", "file " + fileName + ": only .bpmn, .dmn and .form files with a plain name");
        }
        return (name.endsWith(".form") ? "forms/" : "processes/") + name;
    }
}
