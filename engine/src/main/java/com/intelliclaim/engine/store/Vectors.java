package com.intelliclaim.engine.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** The stored form of a vector: float32 values, little-endian, so the file reads the same on every platform. */
final class Vectors {
    private Vectors() {
    }

    static byte[] toBytes(float[] vector) {
        ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(vector);
        return buffer.array();
    }

    static float[] fromBytes(byte[] bytes) {
        float[] vector = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
        return vector;
    }
}
