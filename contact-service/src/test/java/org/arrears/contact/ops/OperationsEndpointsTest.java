package org.arrears.contact.ops;

import org.arrears.contact.support.ComplianceStubResource;
import org.arrears.testkit.ArrearsTestResource;
import org.arrears.testkit.OperationsEndpointsContract;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = ArrearsTestResource.class, initArgs = @ResourceArg(name = "database", value = "contact"))
@QuarkusTestResource(ComplianceStubResource.class)
class OperationsEndpointsTest extends OperationsEndpointsContract {

    @Override
    protected String documentedPath() {
        return "/v1/queues";
    }
}
