package org.arrears.platform.problem;

import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import com.fasterxml.jackson.databind.JsonMappingException;

/** Names the field a client got wrong the way the client wrote it: {@code debtor.phones[0].number}. */
final class FieldPaths {

    private FieldPaths() {
    }

    static String of(List<JsonMappingException.Reference> path) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.length() == 0 ? "body" : sb.toString();
    }

    /**
     * Drops the method and parameter nodes of a resource-method violation ({@code place.request.debtor.name}
     * becomes {@code debtor.name}); a violation on a query or path parameter keeps the parameter's name.
     */
    static String of(ConstraintViolation<?> violation) {
        StringBuilder sb = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            // Bean Validation puts a collection element's index on the node that follows the collection.
            if (node.isInIterable()) {
                appendIndex(sb, node);
            }
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(node.getName());
            }
        }
        if (sb.length() == 0) {
            return parameter == null ? "body" : parameter;
        }
        return sb.toString();
    }

    private static void appendIndex(StringBuilder sb, Path.Node node) {
        if (node.getIndex() != null) {
            sb.append('[').append(node.getIndex()).append(']');
        } else if (node.getKey() != null) {
            sb.append('[').append(node.getKey()).append(']');
        }
    }
}
