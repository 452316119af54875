package org.arrears.payments.ops;

import org.arrears.testkit.ArrearsTestResource;
import org.arrears.testkit.OperationsEndpointsContract;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = ArrearsTestResource.class, initArgs = @ResourceArg(name = "database", value = "payments"))
class OperationsEndpointsTest extends OperationsEndpointsContract {

    @Override
    protected String documentedPath() {
        return "/v1/accounts/{accountId}/balance";
    }
}
