/// TensorFlow's registered signature of one op, for the error it raises when an input has a
/// dtype the op doesn't take.
struct OpDefinition: Sendable {
    /// The allowed types as the message lists them (`float, double, int32, …`).
    let allowed: String
    /// The `Op<name=…>` description the message ends with.
    let definition: String
}

extension TensorError {
    /// TensorFlow's error for an op given an input dtype it has no kernel for: `Value for attr
    /// 'T' of bool is not in the list of allowed values: …`.
    static func unsupportedType(_ op: String, _ dtype: DType, kernelOp: String? = nil)
        -> TensorError
    {
        let node = kernelOp ?? op
        guard let definition = OpDefinition.table[node] else {
            return TensorError(
                .invalidArgument, op: op,
                message:
                    "Value for attr 'T' of \(dtype.kernelName) is not in the list of allowed values",
                nodeName: "")
        }
        let message =
            "Value for attr 'T' of \(dtype.kernelName) is not in the list of allowed values: "
            + definition.allowed + "\n\t; NodeDef: {{node \(node)}}; " + definition.definition
        return TensorError(.invalidArgument, op: op, message: message, nodeName: "")
    }
}

extension OpDefinition {
    /// The signatures of the ops this library implements, as TensorFlow 2.15 registers them
    /// (taken from its error messages).
    static let table: [String: OpDefinition] = [
        "Abs": OpDefinition(
            allowed: #"bfloat16, half, float, double, int8, int16, int32, int64"#,
            definition:
                #"Op<name=Abs; signature=x:T -> y:T; attr=T:type,allowed=[DT_BFLOAT16, DT_HALF, DT_FLOAT, DT_DOUBLE, DT_INT8, DT_INT16, DT_INT32, DT_INT64]>"#
        ),
        "AddV2": OpDefinition(
            allowed:
                #"bfloat16, half, float, double, uint8, uint16, uint32, uint64, int8, int16, int32, int64, complex64, complex128"#,
            definition:
                #"Op<name=AddV2; signature=x:T, y:T -> z:T; attr=T:type,allowed=[DT_BFLOAT16, DT_HALF, DT_FLOAT, DT_DOUBLE, DT_UINT8, DT_UINT16, DT_UINT32, DT_UINT64, DT_INT8, DT_INT16, DT_INT32, DT_INT64, DT_COMPLEX64, DT_COMPLEX128]; is_commutative=true; is_aggregate=true>"#
        ),
        "AvgPool": OpDefinition(
            allowed: #"half, bfloat16, float, double"#,
            definition:
                #"Op<name=AvgPool; signature=value:T -> output:T; attr=ksize:list(int),min=4; attr=strides:list(int),min=4; attr=padding:string,allowed=["SAME", "VALID"]; attr=data_format:string,default="NHWC",allowed=["NHWC", "NCHW"]; attr=T:type,allowed=[DT_HALF, DT_BFLOAT16, DT_FLOAT, DT_DOUBLE]>"#
        ),
        "BatchMatMulV2": OpDefinition(
            allowed:
                #"bfloat16, half, float, double, int16, int32, int64, uint8, uint16, uint32, uint64, complex64, complex128"#,
            definition:
                #"Op<name=BatchMatMulV2; signature=x:T, y:T -> output:T; attr=T:type,allowed=[DT_BFLOAT16, DT_HALF, DT_FLOAT, DT_DOUBLE, DT_INT16, DT_INT32, DT_INT64, DT_UINT8, DT_UINT16, DT_UINT32, DT_UINT64, DT_COMPLEX64, DT_COMPLEX128]; attr=adj_x:bool,default=false; attr=adj_y:bool,default=false>"#
        ),
        "Ceil": OpDefinition(
            allowed: #"bfloat16, half, float, double"#,
            definition:
                #"Op<name=Ceil; signature=x:T -> y:T; attr=T:type,allowed=[DT_BFLOAT16, DT_HALF, DT_FLOAT, DT_DOUBLE]>"#
        ),
        "ClipByValue": OpDefinition(
            allowed:
                #"float, double, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, half, uint32, uint64"#,
            definition:
                #"Op<name=ClipByValue; signature=t:T, clip_value_min:T, clip_value_max:T -> output:T; attr=T:type,allowed=[DT_FLOAT, DT_DOUBLE, DT_INT32, DT_UINT8, DT_INT16, DT_INT8, DT_COMPLEX64, DT_INT64, DT_QINT8, DT_QUINT8, DT_QINT32, DT_BFLOAT16, DT_QINT16, DT_QUINT16, DT_UINT16, DT_COMPLEX128, DT_HALF, DT_UINT32, DT_UINT64]>"#
        ),
        "Conv2D": OpDefinition(
            allowed: #"half, bfloat16, float, double, int32"#,
            definition:
                #"Op<name=Conv2D; signature=input:T, filter:T -> output:T; attr=T:type,allowed=[DT_HALF, DT_BFLOAT16, DT_FLOAT, DT_DOUBLE, DT_INT32]; attr=strides:list(int); attr=use_cudnn_on_gpu:bool,default=true; attr=padding:string,allowed=["SAME", "VALID", "EXPLICIT"]; attr=explicit_paddings:list(int),default=[]; attr=data_format:string,default="NHWC",allowed=["NHWC", "NCHW"]; attr=dilations:list(int),default=[1, 1, 1, 1]>"#
        ),
        "Cos": OpDefinition(
            allowed: #"bfloat16, half, float, double, complex64, complex128"#,
            definition:
                #"Op<name=Cos; signature=x:T -> y:T; attr=T:type,allowed=[DT_BFLOAT16, DT_HALF, DT_FLOAT, DT_DOUBLE, DT_COMPLEX64, DT_COMPLEX128]>"#
        ),
        "Cumprod": OpDefinition(
            allowed:
                #"float, double, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, half, uint32, uint64"#,
            definition:
                #"Op<name=Cumprod; signature=x:T, axis:Tidx -> out:T; attr=exclusive:bool,default=false; attr=reverse:bool,default=false; attr=T:type,allowed=[DT_FLOAT, DT_DOUBLE, DT_INT32, DT_UINT8, DT_INT16, DT_INT8, DT_COMPLEX64, DT_INT64, DT_QINT8, DT_QUINT8, DT_QINT32, DT_BFLOAT16, DT_QINT16, DT_QUINT16, DT_UINT16, DT_COMPLEX128, DT_HALF, DT_UINT32, DT_UINT64]; attr=Tidx:type,default=DT_INT32,allowed=[DT_INT32, DT_INT64]>"#
        ),
        "Cumsum": OpDefinition(
            allowed:
                #"float, double, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, half, uint32, uint64"#,
            definition:
                #"Op<name=Cumsum; signature=x:T, axis:Tidx -> out:T; attr=exclusive:bool,default=false; attr=reverse:bool,default=false; attr=T:type,allowed=[DT_FLOAT, DT_DOUBLE, DT_INT32, DT_UINT8, DT_INT16, DT_INT8, DT_COMPLEX64, DT_INT64, DT_QINT8, DT_QUINT8, DT_QINT32, DT_BFLOAT16, DT_QINT16, DT_QUINT16, DT_UINT16, DT_COMPLEX128, DT_HALF, DT_UINT32, DT_UINT64]; attr=Tidx:type,default=DT_INT32,allowed=[DT_INT32, DT_INT64]>"#
        ),
        "Elu": OpDefinition(
            allowed: #"half, bfloat16, float, double"#,
            definition:
                #"Op<name=Elu; signature=features:T -> activations:T; attr=T:type,allowed=[DT_HALF, DT_BFLOAT16, DT_FLOAT, DT_DOUBLE]>"#
        ),
        "Erf": OpDefinition(
            allowed: #"bfloat16, half, float, double"#,
            definition:
                #"Op<name=Erf; signature=x:T -> y:T; attr=T:type,allowed=[DT_BFLOAT16, DT_HALF, DT_FLOAT, DT_DOUBLE]>"#
        ),
        "Exp": OpDefinition(
            allowed: #"bfloat16, half, float, double, complex64, complex128"#,
            definition:
                #"Op<name=Exp; signature=x:T -> y:T; attr=T:type,allowed=[DT_BFLOAT16, DT_HALF, DT_FLOAT, DT_DOUBLE, DT_COMPLEX64, DT_COMPLEX128]>"#
        ),
        "Expm1": OpDefinition(
            allowed: #"bfloat16, half, float, double, complex64, complex128"#,
            definition:
                #"Op<name=Expm1; signature=x:T -> y:T; attr=T:type,allowed=[DT_BFLOAT16, DT_HALF, DT_FLOAT, DT_DOUBLE, DT_COMPLEX64, DT_COMPLEX128]>"#
        ),
        "Floor": OpDefinition(
            allowed: #"bfloat16, half, float, double"#,
            definition:
                #"Op<name=Floor; signature=x:T -> y:T; attr=T:type,allowed=[DT_BFLOAT16, DT_HALF, DT_FLOAT, DT_DOUBLE]>"#
        ),
        "FloorDiv": OpDefinition(
            allowed:
                #"bfloat16, half, float, double, uint8, int8, uint16, int16, int32, uint32, uint64, int64, complex64, complex128"#,
            definition:
                #"Op<name=FloorDiv; signature=x:T, y:T -> z:T; attr=T:type,allowed=[DT_BFLOAT16, DT_HALF, DT_FLOAT, DT_DOUBLE, DT_UINT8, DT_INT8, DT_UINT16, DT_INT16, DT_INT32, DT_UINT32, DT_UINT64, DT_INT64, DT_COMPLEX64, DT_COMPLEX128]>"#
        ),
        "FloorMod": OpDefinition(
            allowed:
                #"int8, int16, int32, int64, uint8, uint16, uint32, uint64, bfloat16, half, float, double"#,
            definition:
                #"Op<name=FloorMod; signature=x:T, y:T -> z:T; attr=T:type,allowed=[DT_INT8, DT_INT16, DT_INT32, DT_INT64, DT_UINT8, DT_UINT16, DT_UINT32, DT_UINT64, DT_BFLOAT16, DT_HALF, DT_FLOAT, DT_DOUBLE]>"#
        ),
        "Greater": OpDefinition(
            allowed:
                #"float, double, int32, uint8, int16, int8, int64, bfloat16, uint16, half, uint32, uint64"#,
            definition:
                #"Op<name=Greater; signature=x:T, y:T -> z:bool; attr=T:type,allowed=[DT_FLOAT, DT_DOUBLE, DT_INT32, DT_UINT8, DT_INT16, DT_INT8, DT_INT64, DT_BFLOAT16, DT_UINT16, DT_HALF, DT_UINT32, DT_UINT64]>"#
        ),
        "GreaterEqual": OpDefinition(
            allowed:
                #"float, double, int32, uint8, int16, int8, int64, bfloat16, uint16, half, uint32, uint64"#,
            definition:
                #"Op<name=GreaterEqual; signature=x:T, y:T -> z:bool; attr=T:type,allowed=[DT_FLOAT, DT_DOUBLE, DT_INT32, DT_UINT8, DT_INT16, DT_INT8, DT_INT64, DT_BFLOAT16, DT_UINT16, DT_HALF, DT_UINT32, DT_UINT64]>"#
        ),
        "IsFinite": OpDefinition(
            allowed: #"bfloat16, half, float, double"#,
            definition:
                #"Op<name=IsFinite; signature=x:T -> y:bool; attr=T:type,allowed=[DT_BFLOAT16, DT_HALF, DT_FLOAT, DT_DOUBLE]>"#
        ),
        "IsNan": OpDefinition(
            allowed: #"bfloat16, half, float, double"#,
            definition:
                #"Op<name=IsNan; signature=x:T -> y:bool; attr=T:type,allowed=[DT_BFLOAT16, DT_HALF, DT_FLOAT, DT_DOUBLE]>"#
        ),
        "LeakyRelu": OpDefinition(
            allowed: #"half, bfloat16, float, double"#,
            definition:
                #"Op<name=LeakyRelu; signature=features:T -> activations:T; attr=alpha:float,default=0.2; attr=T:type,default=DT_FLOAT,allowed=[DT_HALF, DT_BFLOAT16, DT_FLOAT, DT_DOUBLE]>"#
        ),
        "Less": OpDefinition(
            allowed:
                #"float, double, int32, uint8, int16, int8, int64, bfloat16, uint16, half, uint32, uint64"#,
            definition:
                #"Op<name=Less; signature=x:T, y:T -> z:bool; attr=T:type,allowed=[DT_FLOAT, DT_DOUBLE, DT_INT32, DT_UINT8, DT_INT16, DT_INT8, DT_INT64, DT_BFLOAT16, DT_UINT16, DT_HALF, DT_UINT32, DT_UINT64]>"#
        ),
        "LessEqual": OpDefinition(
            allowed:
                #"float, double, int32, uint8, int16, int8, int64, bfloat16, uint16, half, uint32, uint64"#,
            definition:
                #"Op<name=LessEqual; signature=x:T, y:T -> z:bool; attr=T:type,allowed=[DT_FLOAT, DT_DOUBLE, DT_INT32, DT_UINT8, DT_INT16, DT_INT8, DT_INT64, DT_BFLOAT16, DT_UINT16, DT_HALF, DT_UINT32, DT_UINT64]>"#
        ),
        "Log": OpDefinition(
            allowed: #"bfloat16, half, float, double, complex64, complex128"#,
            definition:
                #"Op<name=Log; signature=x:T -> y:T; attr=T:type,allowed=[DT_BFLOAT16, DT_HALF, DT_FLOAT, DT_DOUBLE, DT_COMPLEX64, DT_COMPLEX128]>"#
        ),
        "Log1p": OpDefinition(
            allowed: #"bfloat16, half, float, double, complex64, complex128"#,
            definition:
                #"Op<name=Log1p; signature=x:T -> y:T; attr=T:type,allowed=[DT_BFLOAT16, DT_HALF, DT_FLOAT, DT_DOUBLE, DT_COMPLEX64, DT_COMPLEX128]>"#
        ),
        "LogSoftmax": OpDefinition(
            allowed: #"half, bfloat16, float, double"#,
            definition:
                #"Op<name=LogSoftmax; signature=logits:T -> logsoftmax:T; attr=T:type,allowed=[DT_HALF, DT_BFLOAT16, DT_FLOAT, DT_DOUBLE]>"#
        ),
        "MatMul": OpDefinition(
            allowed:
                #"bfloat16, half, float, double, int32, int64, uint8, uint16, uint32, uint64, complex64, complex128"#,
            definition:
                #"Op<name=MatMul; signature=a:T, b:T -> product:T; attr=transpose_a:bool,default=false; attr=transpose_b:bool,default=false; attr=T:type,allowed=[DT_BFLOAT16, DT_HALF, DT_FLOAT, DT_DOUBLE, DT_INT32, DT_INT64, DT_UINT8, DT_UINT16, DT_UINT32, DT_UINT64, DT_COMPLEX64, DT_COMPLEX128]>"#
        ),
        "Max": OpDefinition(
            allowed:
                #"float, double, int32, uint8, int16, int8, int64, bfloat16, uint16, half, uint32, uint64, qint8, quint8, qint32, qint16, quint16"#,
            definition:
                #"Op<name=Max; signature=input:T, reduction_indices:Tidx -> output:T; attr=keep_dims:bool,default=false; attr=T:type,allowed=[DT_FLOAT, DT_DOUBLE, DT_INT32, DT_UINT8, DT_INT16, DT_INT8, DT_INT64, DT_BFLOAT16, DT_UINT16, DT_HALF, DT_UINT32, DT_UINT64, DT_QINT8, DT_QUINT8, DT_QINT32, DT_QINT16, DT_QUINT16]; attr=Tidx:type,default=DT_INT32,allowed=[DT_INT32, DT_INT64]>"#
        ),
        "MaxPool": OpDefinition(
            allowed:
                #"half, bfloat16, float, double, int32, int64, uint8, int16, int8, uint16, qint8"#,
            definition:
                #"Op<name=MaxPool; signature=input:T -> output:T; attr=T:type,default=DT_FLOAT,allowed=[DT_HALF, DT_BFLOAT16, DT_FLOAT, DT_DOUBLE, DT_INT32, DT_INT64, DT_UINT8, DT_INT16, DT_INT8, DT_UINT16, DT_QINT8]; attr=ksize:list(int),min=4; attr=strides:list(int),min=4; attr=padding:string,allowed=["SAME", "VALID", "EXPLICIT"]; attr=explicit_paddings:list(int),default=[]; attr=data_format:string,default="NHWC",allowed=["NHWC", "NCHW", "NCHW_VECT_C"]>"#
        ),
        "Maximum": OpDefinition(
            allowed:
                #"bfloat16, half, float, double, int8, uint8, int16, uint16, int32, uint32, int64, uint64"#,
            definition:
                #"Op<name=Maximum; signature=x:T, y:T -> z:T; attr=T:type,allowed=[DT_BFLOAT16, DT_HALF, DT_FLOAT, DT_DOUBLE, DT_INT8, DT_UINT8, DT_INT16, DT_UINT16, DT_INT32, DT_UINT32, DT_INT64, DT_UINT64]>"#
        ),
        "Mean": OpDefinition(
            allowed:
                #"float, double, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, half, uint32, uint64"#,
            definition:
                #"Op<name=Mean; signature=input:T, reduction_indices:Tidx -> output:T; attr=keep_dims:bool,default=false; attr=T:type,allowed=[DT_FLOAT, DT_DOUBLE, DT_INT32, DT_UINT8, DT_INT16, DT_INT8, DT_COMPLEX64, DT_INT64, DT_QINT8, DT_QUINT8, DT_QINT32, DT_BFLOAT16, DT_QINT16, DT_QUINT16, DT_UINT16, DT_COMPLEX128, DT_HALF, DT_UINT32, DT_UINT64]; attr=Tidx:type,default=DT_INT32,allowed=[DT_INT32, DT_INT64]>"#
        ),
        "Min": OpDefinition(
            allowed:
                #"float, double, int32, uint8, int16, int8, int64, bfloat16, uint16, half, uint32, uint64, qint8, quint8, qint32, qint16, quint16"#,
            definition:
                #"Op<name=Min; signature=input:T, reduction_indices:Tidx -> output:T; attr=keep_dims:bool,default=false; attr=T:type,allowed=[DT_FLOAT, DT_DOUBLE, DT_INT32, DT_UINT8, DT_INT16, DT_INT8, DT_INT64, DT_BFLOAT16, DT_UINT16, DT_HALF, DT_UINT32, DT_UINT64, DT_QINT8, DT_QUINT8, DT_QINT32, DT_QINT16, DT_QUINT16]; attr=Tidx:type,default=DT_INT32,allowed=[DT_INT32, DT_INT64]>"#
        ),
        "Minimum": OpDefinition(
            allowed:
                #"bfloat16, half, float, double, int8, uint8, int16, uint16, int32, uint32, int64, uint64"#,
            definition:
                #"Op<name=Minimum; signature=x:T, y:T -> z:T; attr=T:type,allowed=[DT_BFLOAT16, DT_HALF, DT_FLOAT, DT_DOUBLE, DT_INT8, DT_UINT8, DT_INT16, DT_UINT16, DT_INT32, DT_UINT32, DT_INT64, DT_UINT64]>"#
        ),
        "Mul": OpDefinition(
            allowed:
                #"bfloat16, half, float, double, uint8, int8, uint16, int16, int32, uint32, uint64, int64, complex64, complex128"#,
            definition:
                #"Op<name=Mul; signature=x:T, y:T -> z:T; attr=T:type,allowed=[DT_BFLOAT16, DT_HALF, DT_FLOAT, DT_DOUBLE, DT_UINT8, DT_INT8, DT_UINT16, DT_INT16, DT_INT32, DT_UINT32, DT_UINT64, DT_INT64, DT_COMPLEX64, DT_COMPLEX128]; is_commutative=true>"#
        ),
        "Neg": OpDefinition(
            allowed:
                #"bfloat16, half, float, double, int8, int16, int32, int64, complex64, complex128"#,
            definition:
                #"Op<name=Neg; signature=x:T -> y:T; attr=T:type,allowed=[DT_BFLOAT16, DT_HALF, DT_FLOAT, DT_DOUBLE, DT_INT8, DT_INT16, DT_INT32, DT_INT64, DT_COMPLEX64, DT_COMPLEX128]>"#
        ),
        "Pow": OpDefinition(
            allowed:
                #"bfloat16, float, half, double, int8, int16, int32, int64, complex64, complex128"#,
            definition:
                #"Op<name=Pow; signature=x:T, y:T -> z:T; attr=T:type,allowed=[DT_BFLOAT16, DT_FLOAT, DT_HALF, DT_DOUBLE, DT_INT8, DT_INT16, DT_INT32, DT_INT64, DT_COMPLEX64, DT_COMPLEX128]>"#
        ),
        "Prod": OpDefinition(
            allowed:
                #"float, double, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, half, uint32, uint64"#,
            definition:
                #"Op<name=Prod; signature=input:T, reduction_indices:Tidx -> output:T; attr=keep_dims:bool,default=false; attr=T:type,allowed=[DT_FLOAT, DT_DOUBLE, DT_INT32, DT_UINT8, DT_INT16, DT_INT8, DT_COMPLEX64, DT_INT64, DT_QINT8, DT_QUINT8, DT_QINT32, DT_BFLOAT16, DT_QINT16, DT_QUINT16, DT_UINT16, DT_COMPLEX128, DT_HALF, DT_UINT32, DT_UINT64]; attr=Tidx:type,default=DT_INT32,allowed=[DT_INT32, DT_INT64]>"#
        ),
        "RealDiv": OpDefinition(
            allowed:
                #"bfloat16, half, float, double, uint8, int8, uint16, int16, int32, uint32, uint64, int64, complex64, complex128"#,
            definition:
                #"Op<name=RealDiv; signature=x:T, y:T -> z:T; attr=T:type,allowed=[DT_BFLOAT16, DT_HALF, DT_FLOAT, DT_DOUBLE, DT_UINT8, DT_INT8, DT_UINT16, DT_INT16, DT_INT32, DT_UINT32, DT_UINT64, DT_INT64, DT_COMPLEX64, DT_COMPLEX128]>"#
        ),
        "Reciprocal": OpDefinition(
            allowed:
                #"bfloat16, half, float, double, int8, int16, int32, int64, complex64, complex128"#,
            definition:
                #"Op<name=Reciprocal; signature=x:T -> y:T; attr=T:type,allowed=[DT_BFLOAT16, DT_HALF, DT_FLOAT, DT_DOUBLE, DT_INT8, DT_INT16, DT_INT32, DT_INT64, DT_COMPLEX64, DT_COMPLEX128]>"#
        ),
        "Relu": OpDefinition(
            allowed:
                #"float, double, int32, uint8, int16, int8, int64, bfloat16, uint16, half, uint32, uint64, qint8"#,
            definition:
                #"Op<name=Relu; signature=features:T -> activations:T; attr=T:type,allowed=[DT_FLOAT, DT_DOUBLE, DT_INT32, DT_UINT8, DT_INT16, DT_INT8, DT_INT64, DT_BFLOAT16, DT_UINT16, DT_HALF, DT_UINT32, DT_UINT64, DT_QINT8]>"#
        ),
        "Relu6": OpDefinition(
            allowed:
                #"float, double, int32, uint8, int16, int8, int64, bfloat16, uint16, half, uint32, uint64"#,
            definition:
                #"Op<name=Relu6; signature=features:T -> activations:T; attr=T:type,allowed=[DT_FLOAT, DT_DOUBLE, DT_INT32, DT_UINT8, DT_INT16, DT_INT8, DT_INT64, DT_BFLOAT16, DT_UINT16, DT_HALF, DT_UINT32, DT_UINT64]>"#
        ),
        "Round": OpDefinition(
            allowed:
                #"bfloat16, half, float, double, int8, int16, int32, int64, complex64, complex128"#,
            definition:
                #"Op<name=Round; signature=x:T -> y:T; attr=T:type,allowed=[DT_BFLOAT16, DT_HALF, DT_FLOAT, DT_DOUBLE, DT_INT8, DT_INT16, DT_INT32, DT_INT64, DT_COMPLEX64, DT_COMPLEX128]>"#
        ),
        "Rsqrt": OpDefinition(
            allowed: #"bfloat16, half, float, double, complex64, complex128"#,
            definition:
                #"Op<name=Rsqrt; signature=x:T -> y:T; attr=T:type,allowed=[DT_BFLOAT16, DT_HALF, DT_FLOAT, DT_DOUBLE, DT_COMPLEX64, DT_COMPLEX128]>"#
        ),
        "Selu": OpDefinition(
            allowed: #"half, bfloat16, float, double"#,
            definition:
                #"Op<name=Selu; signature=features:T -> activations:T; attr=T:type,allowed=[DT_HALF, DT_BFLOAT16, DT_FLOAT, DT_DOUBLE]>"#
        ),
        "Sigmoid": OpDefinition(
            allowed: #"bfloat16, half, float, double, complex64, complex128"#,
            definition:
                #"Op<name=Sigmoid; signature=x:T -> y:T; attr=T:type,allowed=[DT_BFLOAT16, DT_HALF, DT_FLOAT, DT_DOUBLE, DT_COMPLEX64, DT_COMPLEX128]>"#
        ),
        "Sign": OpDefinition(
            allowed:
                #"bfloat16, half, float, double, int8, int16, int32, int64, complex64, complex128"#,
            definition:
                #"Op<name=Sign; signature=x:T -> y:T; attr=T:type,allowed=[DT_BFLOAT16, DT_HALF, DT_FLOAT, DT_DOUBLE, DT_INT8, DT_INT16, DT_INT32, DT_INT64, DT_COMPLEX64, DT_COMPLEX128]>"#
        ),
        "Sin": OpDefinition(
            allowed: #"bfloat16, half, float, double, complex64, complex128"#,
            definition:
                #"Op<name=Sin; signature=x:T -> y:T; attr=T:type,allowed=[DT_BFLOAT16, DT_HALF, DT_FLOAT, DT_DOUBLE, DT_COMPLEX64, DT_COMPLEX128]>"#
        ),
        "Softmax": OpDefinition(
            allowed: #"half, bfloat16, float, double"#,
            definition:
                #"Op<name=Softmax; signature=logits:T -> softmax:T; attr=T:type,allowed=[DT_HALF, DT_BFLOAT16, DT_FLOAT, DT_DOUBLE]>"#
        ),
        "SoftmaxCrossEntropyWithLogits": OpDefinition(
            allowed: #"half, bfloat16, float, double"#,
            definition:
                #"Op<name=SoftmaxCrossEntropyWithLogits; signature=features:T, labels:T -> loss:T, backprop:T; attr=T:type,allowed=[DT_HALF, DT_BFLOAT16, DT_FLOAT, DT_DOUBLE]>"#
        ),
        "Softplus": OpDefinition(
            allowed: #"half, bfloat16, float, double"#,
            definition:
                #"Op<name=Softplus; signature=features:T -> activations:T; attr=T:type,allowed=[DT_HALF, DT_BFLOAT16, DT_FLOAT, DT_DOUBLE]>"#
        ),
        "Softsign": OpDefinition(
            allowed: #"half, bfloat16, float, double"#,
            definition:
                #"Op<name=Softsign; signature=features:T -> activations:T; attr=T:type,allowed=[DT_HALF, DT_BFLOAT16, DT_FLOAT, DT_DOUBLE]>"#
        ),
        "SparseSoftmaxCrossEntropyWithLogits": OpDefinition(
            allowed: #"half, bfloat16, float, double"#,
            definition:
                #"Op<name=SparseSoftmaxCrossEntropyWithLogits; signature=features:T, labels:Tlabels -> loss:T, backprop:T; attr=T:type,allowed=[DT_HALF, DT_BFLOAT16, DT_FLOAT, DT_DOUBLE]; attr=Tlabels:type,default=DT_INT64,allowed=[DT_INT32, DT_INT64]>"#
        ),
        "Sqrt": OpDefinition(
            allowed: #"bfloat16, half, float, double, complex64, complex128"#,
            definition:
                #"Op<name=Sqrt; signature=x:T -> y:T; attr=T:type,allowed=[DT_BFLOAT16, DT_HALF, DT_FLOAT, DT_DOUBLE, DT_COMPLEX64, DT_COMPLEX128]>"#
        ),
        "Square": OpDefinition(
            allowed:
                #"bfloat16, half, float, double, int8, int16, int32, int64, uint8, uint16, uint32, uint64, complex64, complex128"#,
            definition:
                #"Op<name=Square; signature=x:T -> y:T; attr=T:type,allowed=[DT_BFLOAT16, DT_HALF, DT_FLOAT, DT_DOUBLE, DT_INT8, DT_INT16, DT_INT32, DT_INT64, DT_UINT8, DT_UINT16, DT_UINT32, DT_UINT64, DT_COMPLEX64, DT_COMPLEX128]>"#
        ),
        "SquaredDifference": OpDefinition(
            allowed: #"bfloat16, half, float, double, int32, int64, complex64, complex128"#,
            definition:
                #"Op<name=SquaredDifference; signature=x:T, y:T -> z:T; attr=T:type,allowed=[DT_BFLOAT16, DT_HALF, DT_FLOAT, DT_DOUBLE, DT_INT32, DT_INT64, DT_COMPLEX64, DT_COMPLEX128]; is_commutative=true>"#
        ),
        "Sub": OpDefinition(
            allowed:
                #"bfloat16, half, float, double, uint8, int8, uint16, int16, int32, int64, complex64, complex128, uint32, uint64"#,
            definition:
                #"Op<name=Sub; signature=x:T, y:T -> z:T; attr=T:type,allowed=[DT_BFLOAT16, DT_HALF, DT_FLOAT, DT_DOUBLE, DT_UINT8, DT_INT8, DT_UINT16, DT_INT16, DT_INT32, DT_INT64, DT_COMPLEX64, DT_COMPLEX128, DT_UINT32, DT_UINT64]>"#
        ),
        "Sum": OpDefinition(
            allowed:
                #"float, double, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, half, uint32, uint64"#,
            definition:
                #"Op<name=Sum; signature=input:T, reduction_indices:Tidx -> output:T; attr=keep_dims:bool,default=false; attr=T:type,allowed=[DT_FLOAT, DT_DOUBLE, DT_INT32, DT_UINT8, DT_INT16, DT_INT8, DT_COMPLEX64, DT_INT64, DT_QINT8, DT_QUINT8, DT_QINT32, DT_BFLOAT16, DT_QINT16, DT_QUINT16, DT_UINT16, DT_COMPLEX128, DT_HALF, DT_UINT32, DT_UINT64]; attr=Tidx:type,default=DT_INT32,allowed=[DT_INT32, DT_INT64]>"#
        ),
        "Tan": OpDefinition(
            allowed: #"bfloat16, half, float, double, complex64, complex128"#,
            definition:
                #"Op<name=Tan; signature=x:T -> y:T; attr=T:type,allowed=[DT_BFLOAT16, DT_HALF, DT_FLOAT, DT_DOUBLE, DT_COMPLEX64, DT_COMPLEX128]>"#
        ),
        "Tanh": OpDefinition(
            allowed: #"bfloat16, half, float, double, complex64, complex128"#,
            definition:
                #"Op<name=Tanh; signature=x:T -> y:T; attr=T:type,allowed=[DT_BFLOAT16, DT_HALF, DT_FLOAT, DT_DOUBLE, DT_COMPLEX64, DT_COMPLEX128]>"#
        ),
        "UnsortedSegmentSum": OpDefinition(
            allowed:
                #"float, double, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, half, uint32, uint64"#,
            definition:
                #"Op<name=UnsortedSegmentSum; signature=data:T, segment_ids:Tindices, num_segments:Tnumsegments -> output:T; attr=T:type,allowed=[DT_FLOAT, DT_DOUBLE, DT_INT32, DT_UINT8, DT_INT16, DT_INT8, DT_COMPLEX64, DT_INT64, DT_QINT8, DT_QUINT8, DT_QINT32, DT_BFLOAT16, DT_QINT16, DT_QUINT16, DT_UINT16, DT_COMPLEX128, DT_HALF, DT_UINT32, DT_UINT64]; attr=Tindices:type,allowed=[DT_INT16, DT_INT32, DT_INT64]; attr=Tnumsegments:type,default=DT_INT32,allowed=[DT_INT32, DT_INT64]>"#
        ),
    ]
}
