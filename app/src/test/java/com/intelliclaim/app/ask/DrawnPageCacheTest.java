package com.intelliclaim.app.ask;

import java.util.List;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DrawnPageCacheTest {
    private static DrawnPage page(int number, int side) {
        return new DrawnPage(number, new WritableImage(side, side), 1.0, side, List.of(), false);
    }

    @Test
    void keepsTheMostRecentlyUsedPagesUpToTheCount() {
        DrawnPageCache cache = new DrawnPageCache(2, 1_000_000);
        DrawnPage one = page(1, 10);
        cache.put(1, 1.0, one);
        cache.put(2, 1.0, page(2, 10));
        assertThat(cache.get(1, 1.0)).containsSame(one);
        cache.put(3, 1.0, page(3, 10));

        assertThat(cache.get(2, 1.0)).isEmpty();
        assertThat(cache.get(1, 1.0)).containsSame(one);
        assertThat(cache.get(1, 1.25)).isEmpty();
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void dropsOlderPagesWhenTheirPixelsExceedTheBudgetButKeepsTheNewestEvenIfHuge() {
        DrawnPageCache cache = new DrawnPageCache(10, 25_000);
        cache.put(1, 1.0, page(1, 100));
        cache.put(2, 1.0, page(2, 100));
        cache.put(3, 1.0, page(3, 100));
        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.get(1, 1.0)).isEmpty();

        cache.put(4, 4.0, page(4, 400));
        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.get(4, 4.0)).isPresent();
    }
}
