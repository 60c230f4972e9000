package cn.gov.sed.notification.publicity;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * The three social platforms' webhooks as real HTTP endpoints (WireMock, in the test JVM), configured as the
 * operator's accounts: {@code /wechat}, {@code /weibo}, {@code /douyin}, each with its own token.
 */
public class WireMockChannels implements QuarkusTestResourceLifecycleManager {
    static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        String base = "http://127.0.0.1:" + server.port();
        return Map.of(
                "sed.publicity.channels.wechat.url", base + "/wechat",
                "sed.publicity.channels.wechat.token", "wechat-token",
                "sed.publicity.channels.weibo.url", base + "/weibo",
                "sed.publicity.channels.weibo.token", "weibo-token",
                "sed.publicity.channels.douyin.url", base + "/douyin",
                "sed.publicity.channels.douyin.token", "douyin-token",
                "sed.publicity.public-base-url", "https://sed.example.gov.cn");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
