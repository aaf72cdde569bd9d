#!/usr/bin/python3
"""Makes a TorchScript all-MiniLM-L6-v2 from the very weights of the ONNX model the application bundles.

Usage: /usr/bin/python3 engine/scripts/make-torchscript.py MODEL_JAR OUT_DIR

MODEL_JAR is langchain4j's all-minilm-l6-v2 jar (the float model; the quantised jar holds int8 weights that a float
BERT cannot take). OUT_DIR receives a model folder the PyTorch embedder reads:
  all-minilm-l6-v2.pt      the traced encoder: (input_ids, attention_mask, token_type_ids) -> last_hidden_state
  tokenizer.json           the jar's tokenizer, unchanged (the embedder sets truncation itself)
  config.json              hidden_size and max_position_embeddings, read by the embedder before it loads the model
  sentence_bert_config.json  max_seq_length 96, the cut the bundled
                             ONNX engine uses, so both engines embed the same tokens

Needs Debian's python3-torch and python3-onnx (apt), hence /usr/bin/python3. Deterministic: no random weights are
left (every parameter is assigned from an ONNX initializer, and the script fails if one is not), no network.
The ONNX graph names every bias and LayerNorm tensor, but its MatMul weights are anonymous ("onnx::MatMul_787",
stored transposed); each is mapped to its layer through the named bias of the Add that follows the MatMul.
"""
import json
import math
import os
import sys
import zipfile

import numpy as np
import onnx
import torch
from onnx import numpy_helper
from torch import nn

HIDDEN = 384
HEADS = 12
LAYERS = 6
INTERMEDIATE = 1536
VOCAB = 30522
POSITIONS = 512
EPS = 1e-12
MAX_SEQ_LENGTH = 96
MODEL_NAME = "all-minilm-l6-v2"


class SelfAttention(nn.Module):
    def __init__(self):
        super().__init__()
        self.query = nn.Linear(HIDDEN, HIDDEN)
        self.key = nn.Linear(HIDDEN, HIDDEN)
        self.value = nn.Linear(HIDDEN, HIDDEN)

    def heads(self, x):
        return x.view(x.size(0), x.size(1), HEADS, HIDDEN // HEADS).permute(0, 2, 1, 3)

    def forward(self, hidden, additive_mask):
        q = self.heads(self.query(hidden))
        k = self.heads(self.key(hidden))
        v = self.heads(self.value(hidden))
        scores = torch.matmul(q, k.transpose(-1, -2)) / math.sqrt(HIDDEN // HEADS) + additive_mask
        context = torch.matmul(torch.softmax(scores, dim=-1), v).permute(0, 2, 1, 3).contiguous()
        return context.view(context.size(0), context.size(1), HIDDEN)


class Layer(nn.Module):
    def __init__(self):
        super().__init__()
        self.attention_self = SelfAttention()
        self.attention_output_dense = nn.Linear(HIDDEN, HIDDEN)
        self.attention_output_norm = nn.LayerNorm(HIDDEN, eps=EPS)
        self.intermediate_dense = nn.Linear(HIDDEN, INTERMEDIATE)
        self.output_dense = nn.Linear(INTERMEDIATE, HIDDEN)
        self.output_norm = nn.LayerNorm(HIDDEN, eps=EPS)

    def forward(self, hidden, additive_mask):
        attended = self.attention_output_norm(
            self.attention_output_dense(self.attention_self(hidden, additive_mask)) + hidden)
        intermediate = torch.nn.functional.gelu(self.intermediate_dense(attended))  # erf GELU, as BERT
        return self.output_norm(self.output_dense(intermediate) + attended)


class MiniLm(nn.Module):
    def __init__(self):
        super().__init__()
        self.word_embeddings = nn.Embedding(VOCAB, HIDDEN)
        self.position_embeddings = nn.Embedding(POSITIONS, HIDDEN)
        self.token_type_embeddings = nn.Embedding(2, HIDDEN)
        self.embeddings_norm = nn.LayerNorm(HIDDEN, eps=EPS)
        self.register_buffer("position_ids", torch.arange(POSITIONS).unsqueeze(0), persistent=False)
        self.layers = nn.ModuleList([Layer() for _ in range(LAYERS)])

    def forward(self, input_ids, attention_mask, token_type_ids):
        positions = self.position_ids[:, : input_ids.size(1)]
        hidden = self.embeddings_norm(self.word_embeddings(input_ids) + self.position_embeddings(positions)
                                      + self.token_type_embeddings(token_type_ids))
        # Padding positions get the lowest float, as the transformers BERT the ONNX file was exported from.
        additive_mask = (1.0 - attention_mask[:, None, None, :].to(hidden.dtype)) * torch.finfo(torch.float32).min
        for layer in self.layers:
            hidden = layer(hidden, additive_mask)
        return hidden


def onnx_from_jar(jar):
    with zipfile.ZipFile(jar) as archive:
        names = archive.namelist()
        onnx_names = [n for n in names if n.endswith(".onnx")]
        tokenizer_names = [n for n in names if n.endswith("tokenizer.json")]
        if len(onnx_names) != 1 or len(tokenizer_names) != 1:
            sys.exit(f"{jar} should hold one .onnx and one tokenizer.json; it holds {onnx_names} {tokenizer_names}")
        return onnx.load_from_string(archive.read(onnx_names[0])), archive.read(tokenizer_names[0])


def named_weights(graph):
    """Every initializer under its transformers name; anonymous MatMul weights named through the following Add."""
    initializers = {i.name: numpy_helper.to_array(i) for i in graph.initializer}
    consumers = {}
    for node in graph.node:
        for name in node.input:
            consumers.setdefault(name, []).append(node)
    weights = {name: array for name, array in initializers.items() if not name.startswith("onnx::")}
    for node in graph.node:
        if node.op_type != "MatMul" or node.input[1] not in initializers:
            continue
        adds = [n for n in consumers.get(node.output[0], []) if n.op_type == "Add"]
        biases = [i for add in adds for i in add.input if i.endswith(".bias") and i in initializers]
        if len(biases) != 1:
            sys.exit(f"cannot tell which layer the MatMul weight {node.input[1]} belongs to (biases {biases})")
        weights[biases[0][: -len(".bias")] + ".weight"] = initializers[node.input[1]].T  # ONNX stores W transposed
    return weights


def torch_name(name):
    """transformers' parameter name -> this module's parameter name."""
    name = name.replace("embeddings.LayerNorm", "embeddings_norm").replace("embeddings.", "", 1) \
        if name.startswith("embeddings.") else name
    name = name.replace("encoder.layer.", "layers.")
    name = name.replace("attention.self.", "attention_self.")
    name = name.replace("attention.output.dense", "attention_output_dense")
    name = name.replace("attention.output.LayerNorm", "attention_output_norm")
    name = name.replace("intermediate.dense", "intermediate_dense")
    name = name.replace("output.dense", "output_dense").replace("output.LayerNorm", "output_norm")
    return name


def build(weights):
    model = MiniLm().eval()
    parameters = dict(model.named_parameters())
    assigned = set()
    for name, array in weights.items():
        if name == "embeddings.position_ids":
            continue
        target = torch_name(name)
        if target not in parameters:
            sys.exit(f"ONNX tensor {name} has no place in the PyTorch model (looked for {target})")
        if tuple(parameters[target].shape) != array.shape:
            sys.exit(f"ONNX tensor {name} has shape {array.shape}, the model wants {tuple(parameters[target].shape)}")
        with torch.no_grad():
            parameters[target].copy_(torch.from_numpy(np.array(array, dtype=np.float32, order="C", copy=True)))
        assigned.add(target)
    missing = sorted(set(parameters) - assigned)
    if missing:
        sys.exit(f"these parameters got no weights from the ONNX file: {missing}")
    return model


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    jar, out = sys.argv[1], sys.argv[2]
    torch.manual_seed(0)
    graph_model, tokenizer = onnx_from_jar(jar)
    model = build(named_weights(graph_model.graph))
    example = (torch.tensor([[101, 7592, 2088, 102, 0]]), torch.tensor([[1, 1, 1, 1, 0]]),
               torch.zeros(1, 5, dtype=torch.long))
    with torch.no_grad():
        traced = torch.jit.trace(model, example)
        # A different batch and length than the example: the traced graph must not have frozen the shapes.
        check = (torch.tensor([[101, 2054, 102], [101, 2023, 102]]), torch.ones(2, 3, dtype=torch.long),
                 torch.zeros(2, 3, dtype=torch.long))
        if not torch.allclose(traced(*check), model(*check), atol=1e-5):
            sys.exit("the traced model disagrees with the eager one on another shape")
    os.makedirs(out, exist_ok=True)
    traced.save(os.path.join(out, MODEL_NAME + ".pt"))
    with open(os.path.join(out, "tokenizer.json"), "wb") as f:
        f.write(tokenizer)
    with open(os.path.join(out, "config.json"), "w") as f:
        json.dump({"model_type": "bert", "hidden_size": HIDDEN, "num_hidden_layers": LAYERS,
                   "num_attention_heads": HEADS, "max_position_embeddings": POSITIONS,
                   "source": os.path.basename(jar)}, f, indent=2)
    with open(os.path.join(out, "sentence_bert_config.json"), "w") as f:
        json.dump({"max_seq_length": MAX_SEQ_LENGTH, "do_lower_case": False}, f, indent=2)
    print(f"wrote {os.path.join(out, MODEL_NAME + '.pt')} from {jar}")


if __name__ == "__main__":
    main()
