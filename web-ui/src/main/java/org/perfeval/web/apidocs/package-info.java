/** The REST API's OpenAPI description at /v3/api-docs and its Swagger UI, for administrators. */
package org.perfeval.web.apidocs;
