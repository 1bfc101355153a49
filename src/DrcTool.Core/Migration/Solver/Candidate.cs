namespace DrcTool.Core.Migration.Solver;

/// <summary>A contact a pin could take on its own merits, and the B-SoM bus it would serve there.</summary>
/// <param name="ContactIndex">Index into <see cref="SolverProblem.Contacts"/>.</param>
/// <param name="BusIndex">Index into <see cref="SolverProblem.Buses"/>, or -1 for no bus role.</param>
/// <param name="Kept">The contact is the pin's guide pin.</param>
internal readonly record struct Candidate(int ContactIndex, int BusIndex, bool Kept);
