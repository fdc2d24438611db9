package desk.devkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class DynamoDbLocalTest {

    @Test
    void dataUnderADataDirSurvivesARestart(@TempDir Path dir) {
        Path data = dir.resolve("dynamodb");
        SamTemplate template = SamTemplateTest.fixture();
        try (DynamoDbLocal first = DynamoDbLocal.persistent(data, 0)) {
            assertThat(TemplateTables.createAll(first.client(), template)).containsExactly("OrdersTable");
            first.client().putItem(r -> r.tableName("OrdersTable").item(Map.of("id", AttributeValue.fromS("o-1"))));
        }
        assertThat(data).isNotEmptyDirectory();

        try (DynamoDbLocal second = DynamoDbLocal.persistent(data, 0)) {
            assertThat(TemplateTables.createAll(second.client(), template)).isEmpty();
            assertThat(second.client().getItem(r -> r.tableName("OrdersTable")
                    .key(Map.of("id", AttributeValue.fromS("o-1")))).hasItem()).isTrue();
        }
    }

    @Test
    void theServerListensOnItsPortUntilClosed() {
        int port;
        try (DynamoDbLocal dynamo = DynamoDbLocal.inMemory()) {
            port = dynamo.port();
            assertThat(dynamo.endpoint().toString()).isEqualTo("http://127.0.0.1:" + port);
            assertThat(DynamoDbLocal.isListening(port)).isTrue();
            assertThat(dynamo.client().listTables().tableNames()).isEmpty();
        }
        assertThat(DynamoDbLocal.isListening(port)).isFalse();
    }

    @Test
    void the_server_socket_is_bound_to_the_loopback_address() {
        try (DynamoDbLocal dynamo = DynamoDbLocal.inMemory()) {
            InetSocketAddress bound = dynamo.boundAddress();

            assertThat(bound.getAddress().isLoopbackAddress()).as("bound to %s", bound).isTrue();
            assertThat(bound.getPort()).isEqualTo(dynamo.port());
        }
    }

    @Test
    void a_connection_to_another_interface_of_this_machine_is_refused() throws SocketException {
        List<InetAddress> otherAddresses = NetworkInterface.networkInterfaces()
                .filter(DynamoDbLocalTest::isUp)
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> !address.isLoopbackAddress() && !address.isLinkLocalAddress())
                .filter(address -> !(address instanceof Inet6Address))
                .toList();
        assumeThat(otherAddresses).as("a non-loopback IPv4 address on this machine").isNotEmpty();

        try (DynamoDbLocal dynamo = DynamoDbLocal.inMemory()) {
            for (InetAddress address : otherAddresses) {
                assertThatThrownBy(() -> connect(address, dynamo.port()))
                        .as("connecting to %s:%d", address.getHostAddress(), dynamo.port())
                        .isInstanceOf(ConnectException.class);
            }
            assertThat(DynamoDbLocal.isListening(dynamo.port())).isTrue();
        }
    }

    private static void connect(InetAddress address, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 1000);
        }
    }

    private static boolean isUp(NetworkInterface networkInterface) {
        try {
            return networkInterface.isUp();
        } catch (SocketException e) {
            return false;
        }
    }
}
