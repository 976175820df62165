/// Axes that share one axis direction: their limits move together and autoscale over the
/// data of all of them (`plt.subplots(sharex=True)`).
final class ShareGroup {
    private struct Member {
        weak var axes: Axes?
    }

    private var members: [Member] = []

    /// The member axes still alive, in joining order.
    var axes: [Axes] { members.compactMap(\.axes) }

    func join(_ axes: Axes) {
        members.append(Member(axes: axes))
    }
}
