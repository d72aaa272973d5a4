package org.chancery.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

  private static final Set<String> PROXIES = Set.of("127.0.0.1", "10.0.0.2");

  @Test
  void a_request_from_anywhere_but_a_trusted_proxy_is_from_its_connection_whatever_it_claims() {
    assertThat(ClientAddress.of("198.51.100.7", List.of("203.0.113.5"), PROXIES)).isEqualTo("198.51.100.7");
    assertThat(ClientAddress.of("127.0.0.1", List.of("203.0.113.5"), Set.of())).isEqualTo("127.0.0.1");
  }

  @Test
  void behind_trusted_proxies_the_client_is_the_last_address_no_proxy_wrote() {
    assertThat(ClientAddress.of("127.0.0.1", List.of("203.0.113.5"), PROXIES)).isEqualTo("203.0.113.5");
    // The client wrote the first one itself; the proxies appended the rest.
    assertThat(ClientAddress.of("127.0.0.1", List.of("192.0.2.66, 203.0.113.5, 10.0.0.2"), PROXIES))
        .isEqualTo("203.0.113.5");
    assertThat(ClientAddress.of("127.0.0.1", List.of("192.0.2.66", "203.0.113.5"), PROXIES)).as("two headers")
        .isEqualTo("203.0.113.5");
  }

  @Test
  void what_is_not_an_address_stops_the_reading_at_the_last_address_vouched_for() {
    assertThat(ClientAddress.of("127.0.0.1", List.of("<script>, 10.0.0.2"), PROXIES)).isEqualTo("10.0.0.2");
    assertThat(ClientAddress.of("127.0.0.1", List.of("unknown"), PROXIES)).isEqualTo("127.0.0.1");
    assertThat(ClientAddress.of("127.0.0.1", List.of(), PROXIES)).as("no header").isEqualTo("127.0.0.1");
  }

  @Test
  void addresses_compare_in_one_spelling() {
    assertThat(ClientAddress.of("[::1]", List.of("2001:DB8::5"), Set.of("0:0:0:0:0:0:0:1"))).isEqualTo("2001:db8:0:0:0:0:0:5");
    assertThat(ClientAddress.literal("host.example.org")).isEmpty();
    assertThat(ClientAddress.literal("10.0.0.256")).isEmpty();
  }
}
